"""Django settings for gongkai, read from environment variables (see README "Configuration").

Every variable is parsed strictly: a malformed value stops start-up with a message naming it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

from gongkai.lib.env import EnvError, env_bool, env_choice, env_int, env_list, env_str

# Lets admin.ModelAdmin[Model] and friends be subscripted at run time (typing only).
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent

try:
    VAR_DIR = Path(env_str("GONGKAI_VAR_DIR", str(BASE_DIR / "var")))
    DEBUG = env_bool("GONGKAI_DEBUG", True)

    # --- secret key: required in production, generated once into var/ for development -------------
    _secret = env_str("GONGKAI_SECRET_KEY", "")
    if not _secret:
        if not DEBUG:
            raise EnvError("GONGKAI_SECRET_KEY must be set when GONGKAI_DEBUG=false (production)")
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        _key_file = VAR_DIR / "secret_key"
        if not _key_file.exists():
            # O_EXCL: two processes starting at once must not write two different keys.
            try:
                fd = os.open(_key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as fh:
                    fh.write(secrets.token_urlsafe(50))
            except FileExistsError:
                pass
        _secret = _key_file.read_text().strip()
    SECRET_KEY = _secret

    ALLOWED_HOSTS = env_list(
        "GONGKAI_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"] if DEBUG else []
    )
    if not DEBUG and not ALLOWED_HOSTS:
        raise EnvError("GONGKAI_ALLOWED_HOSTS must list the site's host names when GONGKAI_DEBUG=false")
    CSRF_TRUSTED_ORIGINS = env_list("GONGKAI_CSRF_TRUSTED_ORIGINS", [])
    SITE_URL = env_str("GONGKAI_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
    SITE_NAME = env_str("GONGKAI_SITE_NAME", "政府信息公开平台")

    # --- database --------------------------------------------------------------------------------
    _default_db = "sqlite:///" + str(VAR_DIR / "gongkai.sqlite3")
    _db_url = env_str("GONGKAI_DATABASE_URL", _default_db)
    if not _db_url.startswith(("sqlite://", "postgres://", "postgresql://")):
        raise EnvError(f"GONGKAI_DATABASE_URL={_db_url!r}: only sqlite:// and postgres:// URLs are supported")
    try:
        _db = dj_database_url.parse(_db_url, conn_max_age=env_int("GONGKAI_DB_CONN_MAX_AGE", 0, minimum=0))
    except ValueError as exc:
        raise EnvError(f"GONGKAI_DATABASE_URL is not a valid database URL: {exc}") from None
    if _db["ENGINE"] == "django.db.backends.sqlite3":
        if _db["NAME"] and _db["NAME"] != ":memory:":
            Path(_db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        _db["OPTIONS"] = {
            # WAL lets the portal read while staff write; IMMEDIATE takes the write lock at BEGIN so
            # concurrent writers queue on busy_timeout instead of failing with "database is locked".
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
        _db["TEST"] = {"NAME": None}
    else:
        # psycopg 3 prepares statements server-side after 5 runs; a generic plan for short LIKE/FTS
        # queries can be catastrophically slow, so keep planning per query.
        _db.setdefault("OPTIONS", {})["prepare_threshold"] = None
        _db["CONN_HEALTH_CHECKS"] = True
    DATABASES = {"default": _db}
    DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

    # --- e-mail ----------------------------------------------------------------------------------
    EMAIL_BACKEND = env_choice(
        "GONGKAI_EMAIL_BACKEND",
        "console" if DEBUG else "smtp",
        {
            "console": "django.core.mail.backends.console.EmailBackend",
            "smtp": "django.core.mail.backends.smtp.EmailBackend",
            "locmem": "django.core.mail.backends.locmem.EmailBackend",
            "file": "django.core.mail.backends.filebased.EmailBackend",
            "dummy": "django.core.mail.backends.dummy.EmailBackend",
        },
    )
    EMAIL_HOST = env_str("GONGKAI_EMAIL_HOST", "localhost")
    EMAIL_PORT = env_int("GONGKAI_EMAIL_PORT", 25, minimum=1)
    EMAIL_HOST_USER = env_str("GONGKAI_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = env_str("GONGKAI_EMAIL_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("GONGKAI_EMAIL_USE_TLS", False)
    EMAIL_FILE_PATH = str(VAR_DIR / "mail")
    DEFAULT_FROM_EMAIL = env_str("GONGKAI_DEFAULT_FROM_EMAIL", "gongkai@localhost")
    SERVER_EMAIL = DEFAULT_FROM_EMAIL

    # --- cache (shared between app processes in production: use "db") ----------------------------
    _cache = env_str("GONGKAI_CACHE", "locmem")
    if _cache == "locmem":
        CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    elif _cache == "db":
        CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "gongkai_cache"}
        }
    else:
        raise EnvError(f"GONGKAI_CACHE={_cache!r} is not one of: locmem, db")

    # --- security (production) -------------------------------------------------------------------
    SECURE_SSL_REDIRECT = env_bool("GONGKAI_SECURE_SSL_REDIRECT", not DEBUG)
    SESSION_COOKIE_SECURE = env_bool("GONGKAI_SECURE_COOKIES", not DEBUG)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_HSTS_SECONDS = env_int("GONGKAI_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
    SECURE_HSTS_PRELOAD = env_bool("GONGKAI_HSTS_PRELOAD", SECURE_HSTS_SECONDS > 0)
    if env_bool("GONGKAI_BEHIND_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

    MEDIA_ROOT = env_str("GONGKAI_MEDIA_ROOT", str(VAR_DIR / "media"))
    STATIC_ROOT = env_str("GONGKAI_STATIC_ROOT", str(VAR_DIR / "static"))
    Path(STATIC_ROOT).mkdir(parents=True, exist_ok=True)

    # --- domain settings: every unverified point of law is a setting (rules.md §7) ----------------
    # A local holiday-schedule file adds or corrects years without a release (gongkai/law/calendar.py).
    GONGKAI_HOLIDAY_FILE = env_str("GONGKAI_HOLIDAY_FILE", "")
    # A year after the last known schedule is counted provisionally (Monday–Friday without 元旦, 劳动节,
    # 国庆节; results shown as 暂定) instead of refusing: applications keep being received in December
    # before next year's 节假日安排 is out (docs/calendar.md).
    GONGKAI_PROVISIONAL_CALENDAR = env_bool("GONGKAI_PROVISIONAL_CALENDAR", True)
    # rules.md §1.14: 调休 weekend days count as working days.
    GONGKAI_ADJUSTED_WORKDAYS_COUNT = env_bool("GONGKAI_ADJUSTED_WORKDAYS_COUNT", True)
    # rules.md §1.9: the extension's approval and notice must precede the original due date.
    GONGKAI_EXTENSION_BEFORE_DUE = env_bool("GONGKAI_EXTENSION_BEFORE_DUE", True)
    # rules.md §2.3: the wait for a fee payment stops the reply clock.
    GONGKAI_FEE_WAIT_PAUSES_CLOCK = env_bool("GONGKAI_FEE_WAIT_PAUSES_CLOCK", True)
    # 条例第三十条 asks for a 合理的补正期限 without a number: the default the office gives (working days).
    GONGKAI_CORRECTION_PERIOD_DAYS = env_int("GONGKAI_CORRECTION_PERIOD_DAYS", 15, minimum=1)
    # Deadline reminders: working days before a due date for the first e-mail (another on the day it passes).
    GONGKAI_REMINDER_DAYS_BEFORE = env_int("GONGKAI_REMINDER_DAYS_BEFORE", 3, minimum=0)
    # Public status lookup (tracking number + phone digits): at most TRIES per SECONDS per client address.
    GONGKAI_STATUS_LOOKUP_LIMIT = env_str("GONGKAI_STATUS_LOOKUP_LIMIT", "10/600")
    _tries, _slash, _seconds = GONGKAI_STATUS_LOOKUP_LIMIT.partition("/")
    if not (_slash and _tries.strip().isdigit() and _seconds.strip().isdigit() and int(_tries) > 0):
        raise EnvError(
            f"GONGKAI_STATUS_LOOKUP_LIMIT={GONGKAI_STATUS_LOOKUP_LIMIT!r} is not TRIES/SECONDS, e.g. 10/600"
        )
    # 索引号 scheme (rules.md §5.1: no national format). Fields: credit_code, short_name, year, serial.
    GONGKAI_INDEX_NUMBER_SCHEME = env_str("GONGKAI_INDEX_NUMBER_SCHEME", "{credit_code}/{year}-{serial:05d}")
    try:
        _samples = {
            GONGKAI_INDEX_NUMBER_SCHEME.format(credit_code="X", short_name="X", year=2022, serial=n)
            for n in (1, 2)
        }
    except (KeyError, IndexError, ValueError) as _exc:
        raise EnvError(
            f"GONGKAI_INDEX_NUMBER_SCHEME={GONGKAI_INDEX_NUMBER_SCHEME!r}: "
            f"use only {{credit_code}} {{short_name}} {{year}} {{serial}} ({_exc})"
        ) from None
    if len(_samples) != 2:
        raise EnvError(f"GONGKAI_INDEX_NUMBER_SCHEME={GONGKAI_INDEX_NUMBER_SCHEME!r} must contain {{serial}}")
    # An interpretation is 同步 when published within N working days of its policy.
    GONGKAI_INTERPRETATION_SYNC_DAYS = env_int("GONGKAI_INTERPRETATION_SYNC_DAYS", 3, minimum=0)
    # A site's own 主题分类 list (JSON shaped like gongkai/publishing/data/topics.json); default: gov.cn's 22.
    GONGKAI_TOPICS_FILE = env_str("GONGKAI_TOPICS_FILE", "")
    if GONGKAI_TOPICS_FILE and not Path(GONGKAI_TOPICS_FILE).is_file():
        raise EnvError(f"GONGKAI_TOPICS_FILE={GONGKAI_TOPICS_FILE!r} is not a readable file")
    GONGKAI_CATALOG_PAGE_SIZE = env_int("GONGKAI_CATALOG_PAGE_SIZE", 20, minimum=1)
    # 条例第四十九条 deadlines (MM-DD of the next year); a region may set earlier internal dates.
    GONGKAI_DEPARTMENT_REPORT_DEADLINE = env_str("GONGKAI_DEPARTMENT_REPORT_DEADLINE", "01-31")
    GONGKAI_GOVERNMENT_REPORT_DEADLINE = env_str("GONGKAI_GOVERNMENT_REPORT_DEADLINE", "03-31")
    for _name in ("GONGKAI_DEPARTMENT_REPORT_DEADLINE", "GONGKAI_GOVERNMENT_REPORT_DEADLINE"):
        _value = globals()[_name]
        try:
            import datetime as _dt

            _dt.date(2001, *map(int, _value.split("-")))
        except (ValueError, TypeError):
            raise EnvError(f"{_name}={_value!r} is not a month-day such as 01-31") from None
    # The privacy gate before publication and the masked copies it makes (docs/privacy.md).
    # Office numbers published as such (联系电话 of the office), never flagged; 12345 always is.
    GONGKAI_PRIVACY_ALLOW_PHONES = env_list("GONGKAI_PRIVACY_ALLOW_PHONES", [])
    for _phone in GONGKAI_PRIVACY_ALLOW_PHONES:
        if not 5 <= sum(c.isdigit() for c in _phone) <= 12 or any(c not in "0123456789-() " for c in _phone):
            raise EnvError(
                f"GONGKAI_PRIVACY_ALLOW_PHONES: {_phone!r} is not a phone number such as 0953-2012345"
            )
    # Mail domains of institutional mailboxes (e.g. gov.cn), published under 条例第十二条.
    GONGKAI_PRIVACY_ALLOW_EMAIL_DOMAINS = env_list("GONGKAI_PRIVACY_ALLOW_EMAIL_DOMAINS", ["gov.cn"])
    # Officials named in their public role (条例第二十条(二) 负责人姓名), never flagged.
    GONGKAI_PRIVACY_PUBLIC_NAMES = env_list("GONGKAI_PRIVACY_PUBLIC_NAMES", [])
    # A home named down to its village or 社区 only ("住址：某镇某村") is an address to cut too. Off: an
    # address reaches 号/栋/单元/室/组 (rules.md §6.1), a village is a locality hundreds share.
    GONGKAI_PRIVACY_VILLAGE_ADDRESS = env_bool("GONGKAI_PRIVACY_VILLAGE_ADDRESS", False)
    # Names in a document published by design (表彰, 任免, 录用 results, 选民名单, 减刑/假释 公示) are not
    # flagged; false flags them too, for an office that reviews every name.
    GONGKAI_PRIVACY_PUBLISHED_LISTS = env_bool("GONGKAI_PRIVACY_PUBLISHED_LISTS", True)
    # An official's mobile given as their office's contact (网格长, "联系人：罗站长 135…") is public in that
    # role; false flags every mobile not on GONGKAI_PRIVACY_ALLOW_PHONES.
    GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC = env_bool("GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC", True)
    # Characters of an 18-digit ID kept at the start and end of a masked copy: 6,4 or the 永安 2,3.
    GONGKAI_PRIVACY_ID_KEEP = env_str("GONGKAI_PRIVACY_ID_KEEP", "6,4")
    _first, _comma, _last = GONGKAI_PRIVACY_ID_KEEP.partition(",")
    if not (_comma and _first.strip().isdigit() and _last.strip().isdigit()) or int(_first) + int(_last) > 12:
        raise EnvError(
            f"GONGKAI_PRIVACY_ID_KEEP={GONGKAI_PRIVACY_ID_KEEP!r} is not FIRST,LAST (12 at most), e.g. 6,4"
        )
except EnvError as exc:
    raise ImproperlyConfigured(f"配置错误 / configuration error: {exc}") from None

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "gongkai.core",
    "gongkai.organisations",
    "gongkai.accounts",
    "gongkai.audit",
    "gongkai.portal",
    "gongkai.workspace",
    "gongkai.applications",
    "gongkai.publishing",
    "gongkai.reporting",
]

AUTH_USER_MODEL = "accounts.User"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "gongkai.urls"
WSGI_APPLICATION = "gongkai.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "gongkai.core.context_processors.site",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "workspace:home"
LOGOUT_REDIRECT_URL = "portal:home"

# Legal dates are computed in the jurisdiction's time; a system check (gongkai.E001) pins this.
LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO" if not DEBUG else "WARNING"},
}
