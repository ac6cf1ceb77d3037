from __future__ import annotations

from workbench.assist.provenance import provenance_graph
from workbench.core.records import (
    CaseDossier,
    CaseRecord,
    ClaimRecord,
    MentionRecord,
    SourceRecord,
)
from workbench.core.vocabulary import SourceKind, Stance, Status


def dossier(demo) -> CaseDossier:
    chronicle, gulf, levant, review, _arabic = demo
    sources = (
        SourceRecord(1, "The Northern Chronicle", SourceKind.OUTLET),
        SourceRecord(2, "A regional intelligence official", SourceKind.ANONYMOUS),
        SourceRecord(3, "Border Crossings Authority", SourceKind.OFFICIAL),
        SourceRecord(4, "Gulf Wire", SourceKind.OUTLET),
        SourceRecord(5, "Daily Ledger", SourceKind.OUTLET),
    )
    claims = (
        ClaimRecord(1, 1, "Launchers crossed at Tel Safra on 3 March", Status.DENIED, source_id=2),
        ClaimRecord(2, 1, "Forty crates of missiles crossed since February", Status.SOURCED),
    )

    def mention(mid, claim, article, stance, source):
        return MentionRecord(mid, claim, article.id, 0, 10, "quote", stance, source)

    mentions = (
        mention(1, 1, chronicle, Stance.ASSERTS, 2),
        mention(2, 2, chronicle, Stance.ASSERTS, 2),
        mention(3, 1, gulf, Stance.RELAYS, 1),
        mention(4, 1, levant, Stance.RELAYS, 4),
        mention(5, 1, review, Stance.DENIES, 3),
        mention(6, 2, levant, Stance.RELAYS, 5),
    )
    return CaseDossier(
        case=CaseRecord(1, "Launchers"),
        articles=tuple(demo),
        sources=sources,
        claims=claims,
        mentions=mentions,
    )


def test_nodes_and_edges_of_a_marked_case(demo) -> None:
    graph = provenance_graph(dossier(demo))
    kinds = {n.id: n.kind for n in graph.nodes}
    assert kinds["claim:1"] == "claim" and kinds["claim:2"] == "claim"
    assert graph.node("article:1").detail == "original"
    assert graph.node("article:2").detail == "relay"
    assert graph.node("source:2").detail == "anonymous source"
    assert graph.node("claim:1").detail == "denied"
    edges = {(e.origin, e.target, e.kind) for e in graph.edges}
    assert ("article:1", "claim:1", "reports") in edges
    assert ("article:1", "source:2", "quotes") in edges
    assert ("source:2", "claim:1", "reports") in edges
    # a relayed outlet that is in the case points at its own article ...
    assert ("article:2", "article:1", "relays") in edges
    assert ("article:3", "article:2", "relays") in edges
    # ... and one outside the case becomes a source node
    assert ("article:3", "source:5", "relays") in edges
    assert ("source:3", "claim:1", "denies") in edges
    # the named denier answers the claim; the article carrying the denial adds no second line
    assert "article:4" not in kinds
    assert "article:5" not in kinds  # an article with no mention is left out


def test_layout_puts_relays_right_of_what_they_relay(demo) -> None:
    graph = provenance_graph(dossier(demo))
    x = {node_id: pos[0] for node_id, pos in graph.positions.items()}
    assert set(graph.positions) == {n.id for n in graph.nodes}
    assert x["source:2"] < x["article:1"] < x["article:2"] < x["article:3"] < x["claim:1"]
    assert x["claim:1"] == x["claim:2"]
    assert x["source:3"] > x["claim:1"]  # an actor who only denies sits on the far side
    column = [pos for node_id, pos in graph.positions.items() if node_id.startswith("claim:")]
    assert len({y for _, y in column}) == len(column)  # no two nodes on one spot


def test_an_unmarked_case_is_an_empty_graph(demo) -> None:
    empty = CaseDossier(CaseRecord(1, "Empty"), tuple(demo), (), (), ())
    graph = provenance_graph(empty)
    assert graph.nodes == () and graph.edges == () and graph.positions == {}


def test_an_outlet_citing_its_own_reporting_is_not_drawn_as_a_relay(library) -> None:
    from workbench.assist.provenance import provenance_graph
    from workbench.core.vocabulary import SourceKind
    from workbench.services import cases, claims
    from workbench.services.demo import load_demo_case

    case = load_demo_case(library)
    claims.add_claim(
        library,
        case.id,
        "Launchers crossed at Tel Safra",
        source_name="The Northern Chronicle",
        source_kind=SourceKind.OUTLET,
        mention=claims.MentionSpec(article_id=1, quote="The Northern Chronicle has learned"),
    )
    graph = provenance_graph(cases.case_dossier(library, case.id))
    assert not [e for e in graph.edges if e.kind == "relays"]
    assert not [n for n in graph.nodes if n.kind == "source" and "Chronicle" in n.label]


def test_the_map_draws_each_claims_structure(demo) -> None:
    """Origin outside the case → relays → claim ← denials and refusals, as the claim pane says."""
    from workbench.core.structure import claim_structure

    _chronicle, gulf, levant, review, arabic = demo
    sources = (
        SourceRecord(1, "The Harbour Ledger", SourceKind.OUTLET),
        SourceRecord(2, "Border Crossings Authority", SourceKind.OFFICIAL),
        SourceRecord(3, "Joint Operations Command", SourceKind.OFFICIAL),
    )
    mentions = (
        MentionRecord(1, 1, gulf.id, 0, 10, "q", Stance.RELAYS, 1),
        MentionRecord(2, 1, levant.id, 0, 10, "q", Stance.RELAYS, None),  # names no one
        MentionRecord(3, 1, review.id, 0, 10, "q", Stance.DENIES, 2),
        MentionRecord(4, 1, arabic.id, 0, 10, "q", Stance.NO_COMMENT, 3),
    )
    case = CaseDossier(
        CaseRecord(1, "Ledger"),
        tuple(demo),
        sources,
        (ClaimRecord(1, 1, "Launchers crossed", Status.RELAYED),),
        mentions,
    )
    structure = claim_structure(case, 1)
    assert structure.origin is not None and structure.origin.source_id == 1
    graph = provenance_graph(case)
    edges = {(e.origin, e.target, e.kind) for e in graph.edges}
    assert ("source:1", "claim:1", "reports") in edges  # the origin, not in the case
    assert (f"article:{gulf.id}", "source:1", "relays") in edges
    assert (f"article:{levant.id}", "source:1", "relays") in edges  # naming no one: the origin
    for relay in structure.relays:
        assert (f"article:{relay.article_id}", "claim:1", "relays") in edges
    assert ("source:2", "claim:1", "denies") in edges
    assert ("source:3", "claim:1", "no comment") in edges
    assert graph.node("source:1").label == "The Harbour Ledger"
    x = {node_id: pos[0] for node_id, pos in graph.positions.items()}
    assert x["source:1"] < x[f"article:{gulf.id}"] < x["claim:1"] < x["source:2"]
    assert x["source:3"] == x["source:2"]  # who declined sits with the deniers
