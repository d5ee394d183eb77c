from hanhdong.targets.matching import best_first, pair_targets


def target(indicator, where="II.4", value=120, unit="doanh nghiệp", **more):
    return {"indicator": indicator, "where": where, "value": value, "unit": unit, **more}


def test_it_pairs_a_reworded_indicator_stated_in_the_same_place():
    old = [target("hộ nghèo theo chuẩn nghèo đa chiều", "II.7", 0, "hộ")]
    new = [target("tỷ lệ hộ nghèo đa chiều", "II.7", 0, "hộ")]
    assert pair_targets(old, new) == {0: 0}


def test_an_exact_match_is_never_displaced_by_a_looser_one():
    old = [
        target("doanh nghiệp hoạt động trên địa bàn"),
        target("doanh nghiệp hoạt động trên địa bàn xã"),
    ]
    new = [target("doanh nghiệp hoạt động trên địa bàn xã"), target("ô tô điện")]
    assert pair_targets(old, new) == {1: 0}


def test_another_measure_in_the_same_place_is_another_target():
    old = [target("doanh nghiệp hoạt động trên địa bàn")]
    new = [target("doanh nghiệp có hoạt động đổi mới, sáng tạo", value=48)]
    assert pair_targets(old, new) == {}


def test_a_target_stated_in_a_renumbered_appendix_row_is_found_there():
    old = [target("tăng thu ngân sách", "appendix:3", 12, "%")]
    new = [target("tăng thu ngân sách trên địa bàn", "appendix:4", 12, "%")]
    assert pair_targets(old, new, {4: 3}) == {0: 0}
    assert pair_targets(old, new) == {0: 0}  # the same words, unit and value still tell


def test_a_dropped_target_comes_back_only_when_no_target_in_force_claims_its_place():
    old = [target("tỷ lệ giải ngân", withdrawn=True), target("tỷ lệ giải ngân")]
    assert pair_targets(old, [target("tỷ lệ giải ngân")]) == {1: 0}


def test_best_first_takes_each_side_once():
    assert best_first([(1.0, 0, 0), (1.2, 0, 1), (0.9, 1, 1), (0.95, 1, 0)]) == {0: 1, 1: 0}
