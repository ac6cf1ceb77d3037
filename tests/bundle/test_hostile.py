"""Broken and hostile case files are refused with a clear message; the library stays untouched."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bundle.helpers import db_fingerprint
from workbench.bundle import Limits, read_bundle
from workbench.core.errors import BundleRejected
from workbench.services.bundles import import_bundle
from workbench.store import Library

Parts = dict[str, bytes]


def rebuild(
    source: Path,
    target: Path,
    change: Callable[[Parts], None],
    *,
    fix_checksums: bool = True,
    extra: list[tuple[str, bytes]] | None = None,
) -> Path:
    """Copy a case file with its parts changed; by default the manifest's checksums follow."""
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    change(parts)
    if fix_checksums and "manifest.json" in parts:
        manifest = json.loads(parts["manifest.json"])
        manifest["parts"] = {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in parts.items()
            if name != "manifest.json"
        }
        parts["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        for name, data in extra or []:
            archive.writestr(name, data)
    return target


def edit_json(name: str, edit: Callable[[object], object]) -> Callable[[Parts], None]:
    def change(parts: Parts) -> None:
        parts[name] = json.dumps(edit(json.loads(parts[name])), ensure_ascii=False).encode()

    return change


def set_in_first(name: str, field: str, value: object) -> Callable[[Parts], None]:
    def edit(items: object) -> object:
        assert isinstance(items, list)
        items[0][field] = value
        return items

    return edit_json(name, edit)


def set_in_manifest(field: str, value: object) -> Callable[[Parts], None]:
    def edit(manifest: object) -> object:
        assert isinstance(manifest, dict)
        manifest[field] = value
        return manifest

    return edit_json("manifest.json", edit)


def assert_refused(library: Library, path: Path, message: str) -> None:
    before = db_fingerprint(library)
    with pytest.raises(BundleRejected, match=message):
        import_bundle(library, path)
    assert db_fingerprint(library) == before


def test_the_unchanged_copy_is_accepted(other_library: Library, case_file: Path, tmp_path: Path):
    copy = rebuild(case_file, tmp_path / "copy.fcase", lambda parts: None)
    assert import_bundle(other_library, copy).claims_added == 9


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../../outside.txt", "escapes"),
        ("articles/../../outside.txt", "escapes"),
        ("/etc/cron.d/job", "absolute"),
        ("C:/Windows/evil.dll", "drive"),
        ("..\\outside.txt", "backslash"),
        ("articles//a1.txt", "unusable"),
    ],
)
def test_paths_that_escape_the_folder_are_refused(
    library: Library, case_file: Path, tmp_path: Path, name: str, message: str
) -> None:
    path = rebuild(case_file, tmp_path / "escape.fcase", lambda p: None, extra=[(name, b"x")])
    assert_refused(library, path, message)


def test_a_zip_bomb_is_refused(library: Library, case_file: Path, tmp_path: Path) -> None:
    def bomb(parts: Parts) -> None:
        parts["articles/a1.raw.txt"] = bytes(20 * 2**20)

    path = rebuild(case_file, tmp_path / "bomb.fcase", bomb)
    assert_refused(library, path, "zip bomb")


def test_too_much_in_total_or_too_many_parts_is_refused(case_file: Path) -> None:
    with pytest.raises(BundleRejected, match="more than"):
        read_bundle(case_file, Limits(max_total_bytes=4000))
    with pytest.raises(BundleRejected, match="too many parts"):
        read_bundle(case_file, Limits(max_members=5))
    with pytest.raises(BundleRejected, match="would unpack to"):
        read_bundle(case_file, Limits(max_part_bytes=1000))
    with pytest.raises(BundleRejected, match="too large"):
        read_bundle(case_file, Limits(max_file_bytes=1000))


def test_a_manifest_from_a_newer_version_is_refused(
    library: Library, case_file: Path, tmp_path: Path
) -> None:
    path = rebuild(case_file, tmp_path / "v2.fcase", set_in_manifest("version", 2))
    assert_refused(library, path, "newer version of Workbench")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("format", "zip", "not a Workbench case file"),
        ("version", "1", "whole number"),
        ("version", True, "whole number"),
        ("version", 0, "at least 1"),
        ("kind", "backup", "should be one of"),
        ("parts", [], "should be an object"),
        ("articles", "a1", "should be a list"),
        ("claims_hidden", "no", "true or false"),
    ],
)
def test_a_manifest_with_wrong_values_is_refused(
    library: Library, case_file: Path, tmp_path: Path, field: str, value: object, message: str
) -> None:
    change = set_in_manifest(field, value)
    path = rebuild(case_file, tmp_path / "bad.fcase", change, fix_checksums=False)
    assert_refused(library, path, message)


def test_a_missing_part_is_refused(library: Library, case_file: Path, tmp_path: Path) -> None:
    def drop(parts: Parts) -> None:
        del parts["claims.json"]

    path = rebuild(case_file, tmp_path / "missing.fcase", drop, fix_checksums=False)
    assert_refused(library, path, "claims.json is missing")


def test_a_part_the_manifest_does_not_list_is_refused(
    library: Library, case_file: Path, tmp_path: Path
) -> None:
    def drop_from_manifest(parts: Parts) -> None:
        manifest = json.loads(parts["manifest.json"])
        del manifest["parts"]["claims.json"]
        parts["manifest.json"] = json.dumps(manifest).encode()

    path = rebuild(case_file, tmp_path / "unlisted.fcase", drop_from_manifest, fix_checksums=False)
    assert_refused(library, path, "does not list")


def test_an_altered_part_is_refused(library: Library, case_file: Path, tmp_path: Path) -> None:
    def alter(parts: Parts) -> None:
        parts["claims.json"] = parts["claims.json"].replace(b'"denied"', b'"sourced"', 1)

    path = rebuild(case_file, tmp_path / "altered.fcase", alter, fix_checksums=False)
    assert_refused(library, path, "altered or damaged")


def test_an_article_whose_text_no_longer_matches_its_fingerprint_is_refused(
    library: Library, case_file: Path, tmp_path: Path
) -> None:
    def rewrite(parts: Parts) -> None:
        text = parts["articles/a2.txt"].decode()
        parts["articles/a2.txt"] = text.replace("Gulf Wire", "Gulf Post").encode()

    path = rebuild(case_file, tmp_path / "forged.fcase", rewrite)
    assert_refused(library, path, "fingerprint")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b'[{"key": "c1", "uuid": NaN}]', "not valid JSON"),
        (b"\xff\xfe[]", "not UTF-8"),
        (b"[" * 5000 + b"]" * 5000, "JSON|nested"),
    ],
)
def test_invalid_json_is_refused(
    library: Library, case_file: Path, tmp_path: Path, data: bytes, message: str
) -> None:
    def replace(parts: Parts) -> None:
        parts["claims.json"] = data

    path = rebuild(case_file, tmp_path / "json.fcase", replace)
    assert_refused(library, path, message)


@pytest.mark.parametrize(
    ("part", "field", "value", "message"),
    [
        ("claims.json", "status", "probably", "should be one of"),
        ("claims.json", "text", 42, "should be text"),
        ("claims.json", "uuid", None, "missing"),
        ("claims.json", "uuid", "../../x", "not an identifier"),
        ("claims.json", "source", "s999", "missing source"),
        ("claims.json", "key", "../a", "not a valid key"),
        ("mentions.json", "start", "12", "whole number"),
        ("mentions.json", "start", -1, "at least 0"),
        ("mentions.json", "end", 10**9, "outside"),
        ("mentions.json", "quote", "words never written", "does not match"),
        ("mentions.json", "stance", "shrugs", "should be one of"),
        ("mentions.json", "claim", "c99", "missing claim"),
        ("mentions.json", "article", "a99", "missing article"),
        ("sources.json", "kind", "alien", "should be one of"),
        ("sources.json", "name", ["a"], "should be text"),
        ("sources.json", "name", "  ", "has no name"),
        ("claims.json", "text", "", "has no wording"),
    ],
)
def test_wrong_types_and_dangling_keys_are_refused(
    library: Library,
    case_file: Path,
    tmp_path: Path,
    part: str,
    field: str,
    value: object,
    message: str,
) -> None:
    path = rebuild(case_file, tmp_path / "typed.fcase", set_in_first(part, field, value))
    assert_refused(library, path, message)


def test_a_part_of_the_wrong_shape_is_refused(
    library: Library, case_file: Path, tmp_path: Path
) -> None:
    path = rebuild(case_file, tmp_path / "shape.fcase", edit_json("claims.json", lambda v: {}))
    assert_refused(library, path, "should be a list")
    path = rebuild(case_file, tmp_path / "shape2.fcase", edit_json("case.json", lambda v: []))
    assert_refused(library, path, "should be an object")
    path = rebuild(
        case_file, tmp_path / "shape3.fcase", edit_json("case.json", lambda v: {**v, "title": " "})
    )
    assert_refused(library, path, "no title")


def test_a_part_named_twice_is_refused(library: Library, case_file: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(case_file) as archive:
        data = archive.read("claims.json")
    path = rebuild(case_file, tmp_path / "twice.fcase", lambda p: None)
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "a") as archive:
        archive.writestr("claims.json", data)
    assert_refused(library, path, "twice")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a zip"),
        (b"Launchers were moved, the report says.\n", "not a zip"),
        (b"PK\x03\x04" + bytes(60), "not a zip|damaged"),
    ],
)
def test_files_that_are_not_case_files_are_refused(
    library: Library, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "not-a-case.fcase"
    path.write_bytes(content)
    assert_refused(library, path, message)


def test_a_truncated_case_file_is_refused(
    library: Library, case_file: Path, tmp_path: Path
) -> None:
    data = case_file.read_bytes()
    path = tmp_path / "cut.fcase"
    path.write_bytes(data[: len(data) // 2])
    assert_refused(library, path, "not a zip|damaged")


def test_a_zip_without_a_manifest_is_refused(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "plain.fcase"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "Just notes.")
    assert_refused(library, path, "no manifest")


def test_a_missing_file_is_refused_clearly(library: Library, tmp_path: Path) -> None:
    assert_refused(library, tmp_path / "nowhere.fcase", "cannot be read")


def test_many_small_parts_that_add_up_to_a_bomb_are_refused(
    library: Library, case_file: Path, tmp_path: Path
) -> None:
    # Each part stays under the size at which a single part's ratio is judged.
    padding = [(f"pad/{n}.txt", bytes(900_000)) for n in range(4)]
    path = rebuild(case_file, tmp_path / "many.fcase", lambda p: None, extra=padding)
    assert_refused(library, path, "zip bomb")


def test_answers_with_a_backwards_passage_are_refused(tmp_path: Path) -> None:
    from workbench.bundle import AnswerSheet, BundleCase, BundleContents, BundleKind, write_bundle
    from workbench.core.vocabulary import Stance, Status
    from workbench.core.workshop import MarkedClaim, MarkedSpan

    span = MarkedSpan("a" * 64, 40, 10, "", Stance.ASSERTS)
    sheet = AnswerSheet(
        "Dana", (MarkedClaim("c1-uuid-0001", "A claim", Status.SOURCED, mentions=(span,)),)
    )
    path = tmp_path / "answers.fcase"
    write_bundle(
        BundleContents(BundleKind.ANSWERS, BundleCase("case-uuid-01", "A case"), answers=sheet),
        path,
    )
    with pytest.raises(BundleRejected, match=r"answers\.fcase: .*ends before it starts"):
        read_bundle(path)


def test_messages_name_the_file_once(case_file: Path, tmp_path: Path) -> None:
    path = rebuild(case_file, tmp_path / "named.fcase", set_in_first("claims.json", "text", 4))
    with pytest.raises(BundleRejected) as refused:
        read_bundle(path)
    assert str(refused.value).startswith("named.fcase: claims.json, item 1: 'text'")
    assert str(refused.value).count("named.fcase") == 1
