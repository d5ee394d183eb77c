import pytest

from hanhdong.programs.formats import ProgramFormatError, read_program
from hanhdong.test import program_doc


def test_it_reads_a_program_document():
    doc = read_program(program_doc())
    assert [p.number for p in doc.parts] == ["I", "II"]
    paths = [s.path for s, _ in doc.parts[1].walk()]
    assert paths == ["II", "II.1", "II.1.1", "II.2", "II.3"]
    assert doc.key_tasks[2].start_period.label == "Quý III/2025"
    assert doc.key_tasks[3].end_period is None


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"format": "other/1"}, "$.format"),
        ({"term": {"start": 2030, "end": 2025}}, "$.term"),
        ({"key_tasks": [{"number": "x", "name": "a"}]}, "$.key_tasks[0].number"),
        ({"key_tasks": [{"number": 1, "name": ""}]}, "$.key_tasks[0].name"),
        (
            {"key_tasks": [{"number": 1, "name": "a", "start": "Quý IX/2025"}]},
            "$.key_tasks[0].start_period",
        ),
        (
            {"key_tasks": [{"number": 1, "name": "a", "sections": ["II.9"]}]},
            "$.key_tasks[0].sections",
        ),
        ({"targets": [{"indicator": "x", "value": "nhiều"}]}, "$.targets[0].value"),
        (
            {"targets": [{"indicator": "x", "value": 1, "comparison": "~"}]},
            "$.targets[0].comparison",
        ),
        (
            {"parts": [{"number": "I", "children": [{"number": "1"}, {"number": "1"}]}]},
            "$.parts[0]",
        ),
    ],
)
def test_it_names_the_place_of_an_error(change, where):
    with pytest.raises(ProgramFormatError) as caught:
        read_program(program_doc(**change))
    assert caught.value.where == where


def test_it_reads_decimal_commas_in_values():
    doc = read_program(program_doc(targets=[{"indicator": "tăng", "value": "1,5", "unit": "%"}]))
    assert str(doc.targets[0].value) == "1.5"
