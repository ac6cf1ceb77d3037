"""The provenance map of a marked case as a plain graph with a layered layout; the window only draws
it.

An edge (origin, target, kind) reads "origin <kind> target": an article reports, relays or denies a
claim, an article quotes a source, a source reports or denies a claim, and an article relays another
article or an outlet outside the case. Columns run left to right: first-hand sources, original
reports,
relays of relays, the claims, and on the far right the actors who only deny.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from workbench.assist.sources import same_actor
from workbench.core.records import CaseDossier, MentionRecord
from workbench.core.vocabulary import SourceKind, Stance

COLUMN_GAP = 260.0
ROW_GAP = 90.0
_ARTICLE_EDGE = {Stance.ASSERTS: "reports", Stance.RELAYS: "relays", Stance.DENIES: "denies"}


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
    kind: str  # "reports" | "relays" | "denies" | "quotes"


@dataclass(frozen=True)
class ProvenanceGraph:
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    positions: dict[str, tuple[float, float]]

    def node(self, node_id: str) -> GraphNode:
        return next(n for n in self.nodes if n.id == node_id)


def provenance_graph(dossier: CaseDossier) -> ProvenanceGraph:
    """Nodes, edges and positions for the claims, articles and sources of a marked case."""
    edges: dict[tuple[str, str, str], None] = {}
    nodes: dict[str, GraphNode] = {}
    relaying: set[int] = set()
    for claim in dossier.claims:
        nodes[f"claim:{claim.id}"] = GraphNode(
            f"claim:{claim.id}", "claim", claim.text, claim.status.value
        )
    for mention in dossier.mentions:
        if f"claim:{mention.claim_id}" not in nodes:
            continue
        article_node = f"article:{mention.article_id}"
        claim_node = f"claim:{mention.claim_id}"
        edges[(article_node, claim_node, _ARTICLE_EDGE[mention.stance])] = None
        if mention.stance is Stance.RELAYS:
            relaying.add(mention.article_id)
        _link_source(dossier, mention, article_node, claim_node, nodes, edges)
    used_articles = {int(a.split(":")[1]) for a, _, _ in edges if a.startswith("article:")}
    for article in dossier.articles:
        if article.id in used_articles:
            nodes[f"article:{article.id}"] = GraphNode(
                f"article:{article.id}",
                "article",
                article.outlet or article.title,
                "relay" if article.id in relaying else "original",
            )
    edge_list = tuple(GraphEdge(o, t, k) for o, t, k in edges if o in nodes and t in nodes)
    node_list = tuple(nodes.values())
    return ProvenanceGraph(node_list, edge_list, _layout(node_list, edge_list))


def _link_source(
    dossier: CaseDossier,
    mention: MentionRecord,
    article_node: str,
    claim_node: str,
    nodes: dict[str, GraphNode],
    edges: dict[tuple[str, str, str], None],
) -> None:
    claim = next((c for c in dossier.claims if c.id == mention.claim_id), None)
    source = dossier.source(mention.source_id) or dossier.source(
        claim.source_id if claim and mention.stance is Stance.ASSERTS else None
    )
    if source is None:
        return
    if source.kind is SourceKind.OUTLET:
        own = dossier.article(mention.article_id).outlet
        if own and same_actor(own, source.name):
            return  # the outlet's own reporting: first-hand, not a relay of itself
        target = _case_article_of(dossier, source.name, mention.article_id)
        if target is None:
            target = f"source:{source.id}"
            nodes[target] = GraphNode(target, "source", source.name, source.kind.value)
        if target != article_node:
            edges[(article_node, target, "relays")] = None
        return
    node_id = f"source:{source.id}"
    nodes[node_id] = GraphNode(node_id, "source", source.name, source.kind.value)
    edges[(article_node, node_id, "quotes")] = None
    edges[(node_id, claim_node, "denies" if mention.stance is Stance.DENIES else "reports")] = None


def _case_article_of(dossier: CaseDossier, outlet: str, exclude: int) -> str | None:
    """The case's own article by that outlet, earliest first, so a relay points at the original."""
    matches = [
        a for a in dossier.articles if a.id != exclude and a.outlet and same_actor(a.outlet, outlet)
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
        and all(e.kind == "denies" for e in edges if e.origin == n.id)
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
