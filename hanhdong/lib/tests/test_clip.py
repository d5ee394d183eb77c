from hanhdong.lib.text import clip


def test_a_long_text_is_cut_after_a_whole_word():
    name = "Phấn đấu kết nạp đảng viên mới hằng năm đạt chỉ tiêu cấp trên giao"
    cut = clip(name, 25)
    assert cut == "Phấn đấu kết nạp đảng…"
    assert len(cut) <= 25
    assert name.startswith(cut[:-1])


def test_a_short_text_and_one_long_word_keep_their_length_limit():
    assert clip("Ngắn", 25) == "Ngắn"
    assert clip("", 10) == ""
    assert clip(None, 10) == ""
    long_word = "x" * 40
    assert clip(long_word, 10) == "x" * 9 + "…"
