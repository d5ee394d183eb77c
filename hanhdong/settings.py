"""hanhdong settings, all from the environment.

A fresh clone runs on SQLite in ./var/ with no variable set. Production sets
SECRET_KEY, DEBUG=0, ALLOWED_HOSTS and DATABASE_URL; see README.md.
"""

import datetime
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from hanhdong.lib.env import EnvError, env_bool, env_int, env_list, env_str, kept_secret

BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(env_str("HANHDONG_VAR_DIR", str(BASE_DIR.parent / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once and kept in ./var/."""
    key = env_str("SECRET_KEY")
    if key:
        return key
    return kept_secret(VAR_DIR / "secret_key")


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "hanhdong.audit",
    "hanhdong.notifications",
    "hanhdong.orgs",
    "hanhdong.programs",
    "hanhdong.targets",
    "hanhdong.imports",
    "hanhdong.reports",
    "hanhdong.exports",
    "hanhdong.feedback",
    "hanhdong.tasks",
    "hanhdong.meetings",
    "hanhdong.signals",
    "hanhdong.oversight",
    "hanhdong.evaluations",
    "hanhdong.search",
    "hanhdong.demo",
    "hanhdong.ops",
]

MIDDLEWARE = [
    # first: /healthz answers before the host check, the HTTPS redirect and the session
    "hanhdong.ops.health.HealthMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hanhdong.lib.replica.StickyAfterWriteMiddleware",
    "hanhdong.lib.middleware.LanguageMiddleware",
    "hanhdong.lib.middleware.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "hanhdong.orgs.middleware.SecondFactorMiddleware",
    "hanhdong.orgs.middleware.OwnPasswordMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "hanhdong.lib.middleware.StaffNoStoreMiddleware",
    # last, as django-axes asks: it turns a locked-out login into the lockout page
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hanhdong.urls"
CSRF_FAILURE_VIEW = "hanhdong.errors.csrf_failure"  # the expired-form page, not Django's
WSGI_APPLICATION = "hanhdong.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "hanhdong.reports.context_processors.work",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'hanhdong.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; the busy timeout rides out short locks.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
# Reads on a PostgreSQL streaming replica (lib/replica.py): the dashboards, public pages and
# Open311 reads; writes, and a person's reads for a few seconds after a write, stay primary.
if env_str("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        env_str("DATABASE_REPLICA_URL"), conn_max_age=env_int("DB_CONN_MAX_AGE", 60)
    )
    DATABASES["replica"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 2)
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
# PostgreSQL binds the parameters itself, and a statement run five times on a connection is
# prepared there: the public pages' statements are planned once per connection, not on every
# look (the tracking page's: 0.85 ms of the database's processor unprepared, 0.2 prepared).
# Behind a pooler in transaction mode, which cannot keep them, set DB_PREPARED=0.
if env_bool("DB_PREPARED", True):
    for _database in DATABASES.values():
        if _database["ENGINE"] == "django.db.backends.postgresql":
            _options = _database.setdefault("OPTIONS", {})
            _options.update(server_side_binding=True, prepare_threshold=5)
DATABASE_ROUTERS = ["hanhdong.lib.replica.ReplicaRouter"]
REPLICA_STICKY_SECONDS = env_int("HANHDONG_REPLICA_STICKY_SECONDS", 10)
REPLICA_RETRY_SECONDS = env_int("HANHDONG_REPLICA_RETRY_SECONDS", 30)
REPLICA_READ_FROM_HEADER = env_bool("HANHDONG_READ_FROM_HEADER", False)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login
    "django.contrib.auth.backends.ModelBackend",
]
# five wrong passwords for one user name from one address lock that pair out for 15 minutes
AXES_FAILURE_LIMIT = env_int("HANHDONG_LOGIN_FAILURES", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("HANHDONG_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "hanhdong.lib.http.client_address"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# the second factor: required of site administrators, open to every member of staff
OTP_TOTP_ISSUER = "hanhdong"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "programs:home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "vi"
# the language of the clerks' commands' messages (commune add, users, import, report)
HANHDONG_CLI_LANGUAGE = env_str("HANHDONG_CLI_LANGUAGE", LANGUAGE_CODE)
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
# Served by WhiteNoise straight from the apps' static folders: no collectstatic step
# and no separate web server is needed on a commune's intranet machine.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_ROOT = VAR_DIR / "media"  # uploads; served only through views that check access
HANHDONG_MAX_ATTACHMENT_MB = env_int("HANHDONG_MAX_ATTACHMENT_MB", 10)
HANHDONG_FEEDBACK_FILES = env_int("HANHDONG_FEEDBACK_FILES", 3)  # per citizen's submission
HANHDONG_SUBMISSIONS_PER_HOUR = env_int("HANHDONG_SUBMISSIONS_PER_HOUR", 10)  # per address
# a large program document is read in a thread of the web process; 0 leaves the reading to
# `hanhdong worker` (which reads what the threads have not taken, at every pass)
HANHDONG_IMPORT_THREAD = env_bool("HANHDONG_IMPORT_THREAD", True)
# a form's fields, files apart (which are capped as they arrive): the longest free text is
# 5,000 characters
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024

# Pages run scripts and styles from the app's own files only: no inline script, nothing
# from elsewhere (every asset is served by the app). Pictures may also be data: URLs.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# HTTPS hardening is on whenever DEBUG is off. An intranet served over plain HTTP
# sets HANHDONG_HTTPS=0 (and accepts that passwords cross its LAN in clear).
HTTPS = env_bool("HANHDONG_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)
BEHIND_PROXY = env_bool("HANHDONG_BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# how many reverse proxies, each appending to X-Forwarded-For, stand before the app: the
# person's address is the entry the outermost of them appended (lib/http.py)
HANHDONG_TRUSTED_PROXIES = env_int("HANHDONG_TRUSTED_PROXIES", 1 if BEHIND_PROXY else 0)
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)

# Email: SMTP when EMAIL_HOST is set; else printed to the console in the demo (DEBUG), and
# in production a line logged per email, without its content (notifications/mail.py).
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
elif DEBUG:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    EMAIL_BACKEND = "hanhdong.notifications.mail.LoggedBackend"
# The site's address, which the links in emails begin with: HANHDONG_SITE_URL, else the
# first of CSRF_TRUSTED_ORIGINS (the address people reach it at, behind the proxy).
HANHDONG_SITE_URL = env_str(
    "HANHDONG_SITE_URL", CSRF_TRUSTED_ORIGINS[0] if CSRF_TRUSTED_ORIGINS else ""
).rstrip("/")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "hanhdong@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # the lockout's own news: its warnings (failed logins, lockouts), not every success
    "loggers": {"axes": {"level": "WARNING"}},
}

# Structured logs: HANHDONG_LOG_FORMAT=json writes one JSON object a line (the application's
# logs, and gunicorn's under `hanhdong serve`); text (the default) writes the message alone.
LOG_FORMAT = env_str("HANHDONG_LOG_FORMAT", "text").strip().lower() or "text"
if LOG_FORMAT not in ("text", "json"):
    raise EnvError(f"HANHDONG_LOG_FORMAT={LOG_FORMAT!r} is neither text nor json")
if LOG_FORMAT == "json":
    LOGGING["formatters"] = {"json": {"()": "hanhdong.ops.logs.JsonFormatter"}}
    LOGGING["handlers"]["console"]["formatter"] = "json"

# `hanhdong serve`: gunicorn's address, worker processes (default 2 × cores + 1, at most 8)
# and the seconds a request may take (a PDF made by LibreOffice may take up to two minutes)
SERVE_BIND = env_str("HANHDONG_BIND", "127.0.0.1:8000")
SERVE_WORKERS = env_int("HANHDONG_WORKERS", 0)  # 0: from the number of cores
SERVE_TIMEOUT = env_int("HANHDONG_TIMEOUT", 150)

# /healthz says "degraded" when no worker has passed for this long
HANHDONG_WORKER_STALE_MINUTES = env_int("HANHDONG_WORKER_STALE_MINUTES", 10)
# The worker's nightly backup: off unless a folder is given; it keeps the newest KEEP archives
HANHDONG_BACKUP_DIR = env_str("HANHDONG_BACKUP_DIR")
HANHDONG_BACKUP_KEEP = env_int("HANHDONG_BACKUP_KEEP", 7)
