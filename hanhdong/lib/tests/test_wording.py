import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        (forms.IntegerField(min_value=2000), "1999", "Giá trị phải lớn hơn hoặc bằng 2000."),
        (forms.IntegerField(max_value=100), "101", "Giá trị phải nhỏ hơn hoặc bằng 100."),
    ],
)
def test_django_s_own_limits_are_worded_without_a_space_before_the_stop(field, value, said):
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        field.clean(value)
    assert refused.value.messages == [said]
