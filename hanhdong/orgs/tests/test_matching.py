from hanhdong.orgs.matching import match_key


def test_it_expands_agency_abbreviations():
    assert match_key("UBND xã") == match_key("Ủy ban nhân dân xã")
    assert match_key("MTTQ xã") == match_key("Mặt trận Tổ quốc Việt Nam xã")
    assert match_key("HĐND xã") != match_key("UBND xã")
