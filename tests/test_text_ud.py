"""UD evaluation: the CoNLL-U reader, and accuracy floors on UD Polish PDB test (needs ../shared)."""

from pathlib import Path

import pytest

from kronika.eval.ud import evaluate_ud, read_conllu

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PDB_TEST = SHARED / "data" / "ud-polish-pdb" / "pl_pdb-ud-test.conllu"

SAMPLE = """\
# sent_id = s1
# text = Miałem to w 2022 r.
1-2\tMiałem\t_\t_\t_\t_\t_\t_\t_\t_
1\tMiał\tmieć\tVERB\tpraet:sg:m1:imperf\t_\t0\troot\t_\t_
2\tem\tbyć\tAUX\taglt:sg:pri:imperf:wok\t_\t1\taux\t_\t_
3\tto\tto\tPRON\tsubst:sg:acc:n:ncol\t_\t1\tobj\t_\t_
4\tw\tw\tADP\tprep:loc:nwok\t_\t5\tcase\t_\t_
5\t2022\t2022\tADJ\tadj:sg:loc:m3:pos\t_\t6\tamod\t_\t_
6\tr\trok\tNOUN\tbrev:pun\t_\t1\tobl\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\tinterp\t_\t1\tpunct\t_\tSpaceAfter=No

"""


def test_read_conllu(tmp_path):
    path = tmp_path / "s.conllu"
    path.write_text(SAMPLE, encoding="utf-8")
    (sent,) = read_conllu(path)
    assert sent.text == "Miałem to w 2022 r."
    assert sent.words == ["Miał", "em", "to", "w", "2022", "r", "."]
    assert sent.spaces == [False, True, True, True, True, False, False]
    assert sent.tokens == ["Miałem", "to", "w", "2022", "r", "."]
    assert sent.xpos[1] == "aglt:sg:pri:imperf:wok"


def test_evaluate_small_file(tmp_path):
    path = tmp_path / "s.conllu"
    path.write_text(SAMPLE, encoding="utf-8")
    result = evaluate_ud(path)
    assert result["model"]["words"] == 7
    assert result["raw"]["sentences"]["f1"] == 1.0
    # our tokenizer keeps "r." whole; PDB writes "r" "." — counted as a miss, projected in "lenient"
    assert result["raw"]["tokens_lenient"]["f1"] == 1.0


@pytest.mark.skipif(not PDB_TEST.exists(), reason="../shared/data/ud-polish-pdb is not there")
def test_accuracy_floor_on_pdb_test():
    from kronika.analyse.morphology import DEFAULT_MODEL

    result = evaluate_ud(PDB_TEST)
    model, raw = result["model"], result["raw"]
    if DEFAULT_MODEL.exists():
        assert model["mode"] == "model"
        assert model["lemma_acc"] >= 0.97
        assert model["upos_acc"] >= 0.965
        assert model["xpos_acc"] >= 0.895
        assert model["xpos_acc"] > result["baseline"]["xpos_acc"] + 0.05
    assert result["oracle"]["xpos_in_candidates"] >= 0.98
    assert raw["tokens"]["f1"] >= 0.98
    assert raw["tokens_lenient"]["f1"] >= 0.99
    assert raw["sentences"]["f1"] >= 0.94
