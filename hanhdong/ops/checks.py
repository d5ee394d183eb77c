"""What ``hanhdong check --deploy`` says of a production configuration beyond Django's own
checks."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def emails_link_to_the_site(app_configs, **kwargs):
    """Emails sent through a mail server carry links, which need the site's address."""
    if settings.EMAIL_HOST and not settings.HANHDONG_SITE_URL:
        return [
            checks.Warning(
                "EMAIL_HOST is set but the site's address is not: the links in emails would "
                "be bare paths that no mail reader opens.",
                hint="Set HANHDONG_SITE_URL (or CSRF_TRUSTED_ORIGINS) to the address people "
                "reach the site at, such as https://hanhdong.example.gov.vn.",
                id="hanhdong.W001",
            )
        ]
    return []
