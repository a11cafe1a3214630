"""The curated knowledge base: the packaged data is well-formed and the lookups find what the news
writes, in any script and form; user files extend or override it; bad files fail with a clear line."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from kronika.entities import kb as kbmod
from kronika.entities.kb import ENV_VAR, OUTLET_KINDS, SUBTYPES, KnowledgeBase, Role, default_kb
from kronika.errors import KronikaError

KB_DIR = Path(kbmod.__file__).resolve().parent.parent / "data" / "kb"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(ENV_VAR, raising=False)
        return KnowledgeBase.load()


@pytest.fixture()
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


# ---------------------------------------------------------------- the packaged data


def test_packaged_kb_loads_with_every_kind(kb: KnowledgeBase) -> None:
    assert len(kb) > 250
    counts = Counter(e.type for e in kb)
    assert set(counts) == set(SUBTYPES)
    assert min(counts.values()) >= 40


def test_every_entry_has_a_valid_type_subtype_and_name(kb: KnowledgeBase) -> None:
    for e in kb:
        assert e.subtype in SUBTYPES[e.type], e.id
        assert e.name.strip() == e.name and e.name, e.id
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e.id), e.id
        assert e.source.startswith("kronika/data/kb/"), e.id


def test_slugs_are_unique_across_files() -> None:
    files = sorted(KB_DIR.glob("*.toml"))
    assert {f.stem for f in files} >= {"people", "places", "organisations", "media", "products", "events"}
    ids = Counter(ident for f in files for ident in tomllib.loads(f.read_text(encoding="utf-8")))
    assert [i for i, n in ids.items() if n > 1] == []


def test_wikidata_ids_are_well_formed_and_not_shared(kb: KnowledgeBase) -> None:
    qids = Counter(e.wikidata for e in kb if e.wikidata)
    assert qids["Q159"] == 1 and kb.lookup("Rosja").wikidata == "Q159"
    assert [q for q, n in qids.items() if n > 1] == []
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids)


def test_no_name_mixes_latin_and_cyrillic_letters(kb: KnowledgeBase) -> None:
    """A mixed-script alias (a Cyrillic к in a Latin name) looks right and never matches."""
    mixed = [(e.id, n) for e in kb for n in e.all_names
             if re.search(r"[A-Za-z]", n) and re.search(r"[\u0400-\u04ff]", n)]
    assert mixed == []


def test_all_names_starts_with_the_canonical_name(kb: KnowledgeBase) -> None:
    e = kb.get("lukaszenka")
    assert e.all_names[0] == "Alaksandr Łukaszenka"
    assert "Лукашэнка" in e.all_names and len(e.all_names) == len(set(e.all_names))


# ---------------------------------------------------------------- lookups


@pytest.mark.parametrize("name", ["Łukaszenka", "Lukashenko", "Лукашенко", "Лукашэнка", "Łukaszenko",
                                  "ŁUKASZENKA", "Lukaszenka", "Alyaksandr Lukashenka"])
def test_lukaszenka_under_every_spelling_and_script(kb: KnowledgeBase, name: str) -> None:
    assert kb.lookup(name).id == "lukaszenka"


def test_hyphen_and_space_are_the_same(kb: KnowledgeBase) -> None:
    assert kb.lookup("Iskander M").id == "iskander"
    assert kb.lookup("Iskander-M").name == "Iskander-M"
    assert kb.lookup("Nord Stream-2").id == "nord-stream-2"
    assert kb.lookup("s 400").id == "s-400"


def test_quotes_and_whitespace_do_not_matter(kb: KnowledgeBase) -> None:
    assert kb.lookup("„Nasza  Niwa”").id == "nasza-niwa"
    assert kb.lookup("ЧВК «Вагнер»").id == "grupa-wagnera"


def test_unknown_names_are_not_found(kb: KnowledgeBase) -> None:
    assert kb.lookup("Jan Nieistniejący") is None
    assert kb.lookup_stem("Nieistniejącego") is None
    assert kb.lookup("OWS") is None  # a frequent misspelling of OSW, deliberately no alias


def test_stem_lookup_finds_inflected_forms(kb: KnowledgeBase) -> None:
    assert kb.lookup_stem("Gazpromu").id == "gazprom"
    assert kb.lookup_stem("Łukaszenki").id == "lukaszenka"
    for form, ident in [("Kremla", "kreml"), ("Mińsku", "minsk"), ("Kijowie", "kijow"),
                        ("Białorusi", "bialorus"), ("Zełenskiego", "zelenski"), ("PAP-u", "pap"),
                        ("Agencji Reutera", "reuters"), ("Nord Streamu 2", "nord-stream-2")]:
        found = kb.lookup_stem(form)
        assert found is not None and found.id == ident, form


def test_stem_lookup_accepts_a_precomputed_stem_key(kb: KnowledgeBase) -> None:
    """The resolver passes stem_key(name) rather than the name; every entry must still be reachable."""
    from kronika.entities.linking import stem_key

    assert kb.lookup_stem(stem_key("Gazpromu")).id == "gazprom"
    misses = [(e.id, n) for e in kb for n in e.names_in("pl", "en")
              if (found := kb.lookup_stem(stem_key(n))) is None or found.id != e.id]
    assert {ident for ident, _ in misses} <= {"wirtualna-polska", "wojsko-polskie", "dniepr", "dniepr-rzeka"}


def test_shared_names_resolve_by_type_or_not_at_all(kb: KnowledgeBase) -> None:
    assert kb.lookup("WP") is None
    assert kb.lookup("WP", type="ORG").id == "wojsko-polskie"
    assert kb.lookup("WP", type="PRO").id == "wirtualna-polska"
    assert kb.lookup("Dniepr", type="LOC") is None  # the city and the river are both LOC


def test_type_does_not_hide_the_only_candidate(kb: KnowledgeBase) -> None:
    assert kb.lookup("Kreml", type="LOC").id == "kreml"


def test_get_and_membership(kb: KnowledgeBase) -> None:
    assert kb.get("putin").wikidata == "Q7747"
    assert kb.get("no-such-id") is None
    assert "nato" in kb and "no-such-id" not in kb


# ---------------------------------------------------------------- roles


def test_role_active_on_partial_dates() -> None:
    role = Role("prezydent Rosji", "2008-05-07", "2012-05-07")
    assert role.active_on(None)
    assert role.active_on("2009") and role.active_on("2009-01") and role.active_on("2012-05-07")
    assert role.active_on("2008-05")  # the month of the handover
    assert not role.active_on("2008-04-30") and not role.active_on("2013")
    assert Role("x", start="2020").active_on("2030-01-01")
    assert not Role("x", end="2020-06").active_on("2020-07-01")


def test_by_title_picks_the_holder_on_the_date(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.by_title("prezydent Białorusi", "2022-12")] == ["lukaszenka"]
    assert [e.id for e in kb.by_title("prezydent Rosji", "2009-01")] == ["miedwiediew"]
    assert [e.id for e in kb.by_title("prezydent Rosji", "2024-03-01")] == ["putin"]
    assert {e.id for e in kb.by_title("prezydent Rosji")} >= {"putin", "miedwiediew"}
    assert [e.id for e in kb.by_title("białoruski przywódca", "2024")] == ["lukaszenka"]
    assert [e.id for e in kb.by_title("szef MON", "2024-03")] == ["kosiniak-kamysz"]
    assert [e.id for e in kb.by_title("szef MON", "2020")] == ["blaszczak"]
    assert [e.id for e in kb.by_title("sekretarz generalny NATO", "2023")] == ["stoltenberg"]
    assert [e.id for e in kb.by_title("minister obrony Rosji", "2025")] == ["bielousow"]


def test_by_title_normalises_and_tolerates_inflection(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.by_title("Prezydent  Białorusi", "2022")] == ["lukaszenka"]
    assert [e.id for e in kb.by_title("prezydenta Białorusi", "2022")] == ["lukaszenka"]
    assert kb.by_title("król Białorusi", "2022") == []


# ---------------------------------------------------------------- the source registry


def test_outlets_carry_country_and_kind(kb: KnowledgeBase) -> None:
    outlets = kb.outlets()
    assert len(outlets) >= 40
    for o in outlets:
        assert o.type == "PRO" and o.subtype == "media_outlet"
        assert re.fullmatch(r"[A-Z]{2}", o.country or ""), o.id
        assert o.outlet_kind in OUTLET_KINDS, o.id
    kinds = {o.id: (o.country, o.outlet_kind) for o in outlets}
    assert kinds["bielta"] == ("BY", "state-affiliated")
    assert kinds["tass"] == ("RU", "state-affiliated")
    assert kinds["reuters"][1] == kinds["pap"][1] == "wire"
    assert kinds["tvp"] == ("PL", "public") and kinds["bbc"] == ("GB", "public")
    assert kb.lookup("Agencja Reutera").id == "reuters"
    assert kb.lookup("BelTA").id == "bielta"


def test_only_outlets_have_an_outlet_kind(kb: KnowledgeBase) -> None:
    assert all(e.outlet_kind is None for e in kb if e.subtype != "media_outlet")


# ---------------------------------------------------------------- user files


USER_FILE = """
[jan-kowalski]
name = "Jan Kowalski"
type = "PER"
subtype = "expert"
aliases.pl = ["dr Jan Kowalski"]
roles = [{ title = "ekspert od Białorusi", from = 2020-01-01 }]

[osw]
name = "Ośrodek Studiów Wschodnich"
type = "ORG"
subtype = "think_tank"
aliases.pl = ["OSW", "Ośrodek"]
"""


def test_user_dir_in_env_adds_and_overrides(kb: KnowledgeBase, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "local.toml").write_text(USER_FILE, encoding="utf-8")
    (tmp_path / "ignored.txt").write_text("not toml", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    user = KnowledgeBase.load()
    assert len(user) == len(kb) + 1
    assert user.lookup("dr Jan Kowalski").id == "jan-kowalski"
    assert [e.id for e in user.by_title("ekspert od Białorusi", "2021")] == ["jan-kowalski"]
    osw = user.get("osw")
    assert osw.source == str(tmp_path / "local.toml")
    assert user.lookup("Ośrodek").id == "osw"
    assert user.lookup("Centre for Eastern Studies") is None  # replaced, not merged
    assert kb.lookup("Centre for Eastern Studies").id == "osw"


def test_paths_argument_and_several_env_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('[x-one]\nname = "Pierwszy"\ntype = "LOC"\nsubtype = "city"\n', encoding="utf-8")
    second.write_text('[x-one]\nname = "Drugi"\ntype = "LOC"\nsubtype = "city"\n', encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, f"{first}{kbmod.os.pathsep}")
    assert KnowledgeBase.load().get("x-one").name == "Pierwszy"
    assert KnowledgeBase.load([second]).get("x-one").name == "Drugi"  # later sources win


def test_shared_alias_in_user_file_is_allowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "k.toml").write_text('[inny-putin]\nname = "Putin"\ntype = "LOC"\nsubtype = "other"\n',
                                     encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    user = KnowledgeBase.load()
    assert user.lookup("Putin") is None
    assert user.lookup("Putin", type="PER").id == "putin"


def test_malformed_toml_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "zepsuty.toml"
    bad.write_text('[abc]\nname = "Brak cudzysłowu\ntype = "PER"\n', encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    with pytest.raises(KronikaError) as err:
        KnowledgeBase.load()
    message = str(err.value)
    assert str(bad) in message and "not valid TOML" in message
    assert "\n" not in message


@pytest.mark.parametrize("body, expected", [
    ('[a]\nname = "A"\ntype = "XYZ"\nsubtype = "other"\n', "type must be one of"),
    ('[a]\nname = "A"\ntype = "LOC"\nsubtype = "village"\n', "subtype for LOC"),
    ('[a]\ntype = "LOC"\nsubtype = "city"\n', "missing name"),
    ('[a]\nname = "A"\ntype = "LOC"\nsubtype = "city"\nalias = ["B"]\n', "unknown key"),
    ('["Zły_Id"]\nname = "A"\ntype = "LOC"\nsubtype = "city"\n', "slugs"),
    ('[a]\nname = "A"\ntype = "PER"\nsubtype = "other"\nroles = [{ title = "t", from = "2022-13" }]\n', "no such date"),
    ('[a]\nname = "A"\ntype = "PER"\nsubtype = "other"\nroles = [{ title = "t", from = "2023", to = "2022" }]\n', "after"),
    ('[a]\nname = "A"\ntype = "PRO"\nsubtype = "media_outlet"\n', "need country and outlet_kind"),
    ('[a]\nname = "A"\ntype = "PRO"\nsubtype = "media_outlet"\ncountry = "PL"\noutlet_kind = "state"\n', "outlet_kind"),
    ('[a]\nname = "A"\ntype = "LOC"\nsubtype = "city"\nwikidata = "159"\n', "wikidata"),
    ('[a]\nname = "A"\ntype = "ORG"\nsubtype = "party"\nadjectives = "unijny"\n', "adjectives must be a list"),
    ('[a]\nname = "A"\ntype = "ORG"\nsubtype = "party"\nadjectives = ["Unijnym"]\n', "lower-case base forms"),
])
def test_invalid_entries_name_the_file_and_entry(tmp_path: Path, no_env: None, body: str, expected: str) -> None:
    path = tmp_path / "entries.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(KronikaError) as err:
        KnowledgeBase.load([path])
    message = str(err.value)
    assert message.startswith(f"{path}: [") and expected in message and "\n" not in message


def test_missing_user_path_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nie-ma"))
    with pytest.raises(KronikaError, match="KRONIKA_KB: no such knowledge-base file or folder"):
        KnowledgeBase.load()


def test_default_kb_is_cached_per_env_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert default_kb() is default_kb()
    (tmp_path / "x.toml").write_text('[x-extra]\nname = "X"\ntype = "LOC"\nsubtype = "city"\n', encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert "x-extra" in default_kb()


def test_an_adjective_names_its_entry(kb: KnowledgeBase) -> None:
    assert kb.by_adjective("unijny").id == "ue"
    assert kb.by_adjective("natowski").id == "nato"
    assert kb.by_adjective("zielony") is None
