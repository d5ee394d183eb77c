"""Django's own messages whose Vietnamese we word otherwise: marked here so that ``make
messages`` keeps them in our catalogue, which is read before Django's."""

from django.utils.translation import gettext_noop

OVERRIDDEN = [
    # Django's Vietnamese leaves a space before the full stop ("… 2000 .")
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
    gettext_noop("Ensure this value is less than or equal to %(limit_value)s."),
]
