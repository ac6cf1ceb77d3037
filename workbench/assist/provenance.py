"""The provenance map of a marked case as a plain graph with a layered layout; the window only draws
it.

An edge (origin, target, kind) reads "origin <kind> target": an article reports, relays, denies or
gives "no comment" on a claim, an article quotes a source, a source reports, denies or declines to
comment on a claim, and an article relays another article or an outlet outside the case. Columns
run left to right: first-hand sources, original reports (or the relayed outlet that is not in the
case), relays of relays, the claims, and on the far right the actors who only deny or decline.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from workbench.core.records import CaseDossier
from workbench.core.structure import Carrier, ClaimStructure, claim_structure, same_name
from workbench.core.vocabulary import SourceKind

ANSWERS = ("denies", "no comment")  # edges from those who answer a claim rather than carry it
COLUMN_GAP = 260.0
ROW_GAP = 90.0


@dataclass(frozen=True)
class GraphNode:
    id: str  # "article:3", "claim:7", "source:2"
    kind: str  # "article" | "claim" | "source"
    label: str
    detail: str  # article: "original" | "relay"; claim: its status; source: its SourceKind value


@dataclass(frozen=True)
class GraphEdge:
    origin: str
    target: str
    kind: str  # "reports" | "relays" | "denies" | "no comment" | "quotes"


@dataclass(frozen=True)
class ProvenanceGraph:
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    positions: dict[str, tuple[float, float]]

    def node(self, node_id: str) -> GraphNode:
        return next(n for n in self.nodes if n.id == node_id)


def provenance_graph(dossier: CaseDossier) -> ProvenanceGraph:
    """Nodes, edges and positions for the claims, articles and sources of a marked case.

    Each claim is drawn from its `claim_structure`, as the claim pane words it: the origin reports
    it, each relay points at whom it cites (the origin when it names no one), and the deniers and
    those who declined to comment answer it from the far side.
    """
    graph = _Builder(dossier)
    for claim in dossier.claims:
        graph.nodes[f"claim:{claim.id}"] = GraphNode(
            f"claim:{claim.id}", "claim", claim.text, claim.status.value
        )
        graph.add_structure(claim_structure(dossier, claim.id))
    edge_list = tuple(
        GraphEdge(o, t, k) for o, t, k in graph.edges if o in graph.nodes and t in graph.nodes
    )
    node_list = tuple(graph.nodes.values())
    return ProvenanceGraph(node_list, edge_list, _layout(node_list, edge_list))


class _Builder:
    def __init__(self, dossier: CaseDossier) -> None:
        self.dossier = dossier
        self.nodes: dict[str, GraphNode] = {}
        self.edges: dict[tuple[str, str, str], None] = {}
        self.relaying: set[int] = set()

    def add_structure(self, structure: ClaimStructure) -> None:
        claim_node = f"claim:{structure.claim_id}"
        origin_node = None
        origin = structure.origin
        if origin is not None and origin.article_id is not None:
            origin_node = self.article(origin.article_id)
        elif origin is not None and origin.source_id is not None:
            origin_node = self.source(origin.source_id)
        if origin_node is not None:
            self.edges[(origin_node, claim_node, "reports")] = None
        first_hand = list(structure.reports)
        if origin is not None and origin.article_id is not None:
            first_hand.insert(
                0,
                Carrier(0, origin.article_id, origin.name, None, origin.cites, "", origin.cites_id),
            )
        for report in first_hand:
            article_node = self.article(report.article_id)
            self.edges[(article_node, claim_node, "reports")] = None
            if report.source_id is not None and report.actor:
                source_node = self.source(report.source_id)
                self.edges[(article_node, source_node, "quotes")] = None
                self.edges[(source_node, claim_node, "reports")] = None
        for relay in structure.relays:
            self.relaying.add(relay.article_id)
            article_node = self.article(relay.article_id)
            self.edges[(article_node, claim_node, "relays")] = None
            cited = self._cited(relay) or origin_node
            if cited is not None and cited != article_node:
                kind = (
                    "quotes"
                    if cited.startswith("source:") and not self._outlet(cited)
                    else "relays"
                )
                self.edges[(article_node, cited, kind)] = None
        for kind, answers in (("denies", structure.denials), ("no comment", structure.refusals)):
            for answer in answers:
                # the denier answers the claim; an article is drawn only for an unnamed one
                if answer.source_id is not None:
                    self.edges[(self.source(answer.source_id), claim_node, kind)] = None
                else:
                    self.edges[(self.article(answer.article_id), claim_node, kind)] = None

    def article(self, article_id: int) -> str:
        node_id = f"article:{article_id}"
        article = self.dossier.article(article_id)
        relay = article_id in self.relaying or (
            node_id in self.nodes and self.nodes[node_id].detail == "relay"
        )
        self.nodes[node_id] = GraphNode(
            node_id, "article", article.outlet or article.title, "relay" if relay else "original"
        )
        return node_id

    def source(self, source_id: int) -> str:
        source = self.dossier.source(source_id)
        node_id = f"source:{source_id}"
        if source is not None:
            self.nodes[node_id] = GraphNode(node_id, "source", source.name, source.kind.value)
        return node_id

    def _outlet(self, node_id: str) -> bool:
        node = self.nodes.get(node_id)
        return node is not None and node.detail == SourceKind.OUTLET.value

    def _cited(self, relay: Carrier) -> str | None:
        """The node a relay points at: the cited outlet's own article in the case when there is
        one, else the cited source; None when the relay names no one."""
        source = self.dossier.source(relay.source_id)
        if source is None:
            return None
        own = self.dossier.article(relay.article_id).outlet
        if source.kind is SourceKind.OUTLET and own and same_name(own, source.name):
            return None  # the outlet's own reporting: not a relay of itself
        if source.kind is SourceKind.OUTLET:
            in_case = _case_article_of(self.dossier, source.name, relay.article_id)
            if in_case is not None:
                return self.article(int(in_case.split(":")[1]))
        return self.source(source.id)


def _case_article_of(dossier: CaseDossier, outlet: str, exclude: int) -> str | None:
    """The case's own article by that outlet, earliest first, so a relay points at the original."""
    matches = [
        a for a in dossier.articles if a.id != exclude and a.outlet and same_name(a.outlet, outlet)
    ]
    if not matches:
        return None
    matches.sort(key=lambda a: (a.published is None, a.published or 0, a.id))
    return f"article:{matches[0].id}"


def _layout(
    nodes: tuple[GraphNode, ...], edges: tuple[GraphEdge, ...]
) -> dict[str, tuple[float, float]]:
    column = _columns(nodes, edges)
    neighbours: dict[str, list[str]] = defaultdict(list)
    for edge in edges:
        neighbours[edge.origin].append(edge.target)
        neighbours[edge.target].append(edge.origin)
    by_column: dict[int, list[str]] = defaultdict(list)
    for node in nodes:
        by_column[column[node.id]].append(node.id)
    rows: dict[str, float] = {}
    positions: dict[str, tuple[float, float]] = {}
    for col in sorted(by_column):
        members = sorted(by_column[col])

        def barycentre(node_id: str) -> float:
            placed = [rows[n] for n in neighbours[node_id] if n in rows]
            return sum(placed) / len(placed) if placed else float("inf")

        members.sort(key=lambda n: (barycentre(n), n))
        middle = (len(members) - 1) / 2
        for row, node_id in enumerate(members):
            rows[node_id] = float(row)
            positions[node_id] = (col * COLUMN_GAP, (row - middle) * ROW_GAP)
    return positions


def _columns(nodes: tuple[GraphNode, ...], edges: tuple[GraphEdge, ...]) -> dict[str, int]:
    relays_to: dict[str, list[str]] = defaultdict(list)
    for edge in edges:
        if edge.kind == "relays" and not edge.target.startswith("claim:"):
            relays_to[edge.origin].append(edge.target)
    depth: dict[str, int] = {}

    def depth_of(node_id: str, seen: frozenset[str] = frozenset()) -> int:
        if node_id in depth:
            return depth[node_id]
        parents = [p for p in relays_to.get(node_id, []) if p not in seen]
        value = 1 + max((depth_of(p, seen | {node_id}) for p in parents), default=-1)
        depth[node_id] = value
        return value

    kinds = {n.id: n for n in nodes}
    only_denies = {
        n.id
        for n in nodes
        if n.kind == "source"
        and n.detail != SourceKind.OUTLET.value
        and all(e.kind in ANSWERS for e in edges if e.origin == n.id)
        and any(e.origin == n.id for e in edges)
    }
    deepest = max(
        (depth_of(n.id) for n in nodes if n.kind == "article" or n.detail == "outlet"), default=0
    )
    column: dict[str, int] = {}
    for node_id, node in kinds.items():
        if node.kind == "claim":
            column[node_id] = deepest + 2
        elif node_id in only_denies:
            column[node_id] = deepest + 3
        elif node.kind == "article" or node.detail == SourceKind.OUTLET.value:
            column[node_id] = 1 + depth_of(node_id)
        else:
            column[node_id] = 0
    return column
