from hanhdong.lib.text import fold, mask_personal


def test_it_folds_diacritics_and_d_stroke():
    assert fold("Giải ngân  Đầu tư") == "giai ngan dau tu"
    assert fold("Ủy ban") == fold("Uỷ ban") == "uy ban"


def test_it_blots_out_phones_emails_and_identity_numbers_but_not_figures():
    assert mask_personal("Gọi 0912 345 678 hoặc +84912345678") == "Gọi *** hoặc ***"
    assert mask_personal("thư: an.le@example.org.") == "thư: ***."
    assert mask_personal("CCCD 001203004567, CMND 123456789") == "CCCD ***, CMND ***"
    figures = "Năm 2025 có 120 doanh nghiệp, thu 1.500.000 đồng, thôn 5 ngõ 12 đường 354"
    assert mask_personal(figures) == figures


def test_it_compares_texts_by_their_words_in_any_order_and_case():
    from hanhdong.lib.text import overlap, words

    assert words("Tỷ lệ hộ nghèo (%), hộ") == {"ty", "le", "ho", "ngheo"}
    assert overlap("tỷ lệ điều tra phá án", "Phá án, điều tra: tỷ lệ") == 1.0
    assert overlap("tỷ lệ điều tra phá án", "tỷ lệ điều tra, khám phá các vụ án") == 0.8
    assert overlap("doanh nghiệp", "hộ nghèo") == 0.0
    assert overlap("", "hộ nghèo") == 0.0


def test_a_text_held_in_a_longer_one_is_alike_when_it_says_enough():
    from hanhdong.lib.text import likeness

    assert likeness("tỷ lệ giải ngân", "tỷ lệ giải ngân vốn đầu tư công hằng năm") == 0.75
    assert likeness("doanh nghiệp", "doanh nghiệp có hoạt động đổi mới, sáng tạo") < 0.4
    assert likeness("tỷ lệ điều tra phá án", "tỷ lệ điều tra, khám phá các vụ án") == 0.8
