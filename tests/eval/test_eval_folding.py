from liaison.eval.folding import fold, keys, tokens


def test_fold_strips_diacritics_case_and_non_word() -> None:
    assert fold("Diosdado Cabello Rondón") == "diosdadocabellorondon"
    assert fold("Nguyễn Xuân Thắng") == fold("Nguyen Xuan Thang")
    assert fold("Tô Lâm") == "tolam"
    assert fold("O'Neill-Smith") == "oneillsmith"


def test_fold_keeps_cjk_and_handles_none() -> None:
    assert fold("蔡 奇") == "蔡奇"
    assert fold(None) == ""
    assert fold("  ") == ""


def test_fold_nfkd_compatibility_forms() -> None:
    assert fold("ＣＰＣ") == "cpc"  # full-width letters


def test_keys_drop_empty() -> None:
    assert keys(["Cai Qi", None, "", "蔡奇"]) == frozenset({"caiqi", "蔡奇"})


def test_tokens_split_words_and_cjk_characters() -> None:
    assert tokens("Vice-Minister of the IDCPC") == ["vice", "minister", "of", "the", "idcpc"]
    assert tokens("中央书记处书记") == list("中央书记处书记")
    assert tokens("越共中央 Secretary") == [*"越共中央", "secretary"]
    assert tokens(None) == []
