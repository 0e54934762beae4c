"""Building the exchangelib Account for an Exchange Server mailbox, and mapping its errors to afterview's.

Options (the account's `calendar`/`mail` table): `email` (primary SMTP address, required),
`service_endpoint` (".../EWS/Exchange.asmx") or `autodiscover = true`, `username` (default:
`email`; "DOMAIN\\user" for NTLM), `auth` ("ntlm" default, "basic", "oauth2"), `version`
("2013", "2013_sp1", "2016", "2019", "se"; skips version probing), `max_wait` (seconds of
server-requested back-off tolerated per operation, default 60), `timeout` (seconds per
request, default 60), `folders` (mail folder paths below the message root read besides Sent Items,
default ["Inbox"]; see folders.py), and for `auth = "oauth2"` optionally `client_id`, `tenant` or
`token_endpoint` (to renew the token, see oauth.py). The password or bearer token comes from the keyring (see auth.py).
"""

from __future__ import annotations

import contextlib
import logging
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from afterview.connectors.errors import (
    AuthError,
    ConflictError,
    ConnectorConfigError,
    ConnectorError,
    NotFoundError,
    TransientError,
)
from afterview.connectors.exchange import oauth
from afterview.connectors.exchange.folders import parse_folders
from afterview.connectors.options import check_known, flag, text
from afterview.connectors.secrets import get_secret

log = logging.getLogger(__name__)

OPTIONS = frozenset({"email", "service_endpoint", "autodiscover", "username", "auth", "version", "max_wait",
                     "timeout", "folders", "client_id", "tenant", "token_endpoint"})
AUTH_TYPES = ("ntlm", "basic", "oauth2")
VERSIONS = ("2013", "2013_sp1", "2016", "2019", "se")
SECRET_FOR = {"ntlm": "password", "basic": "password", "oauth2": "token"}
MAX_RETRIES = 5


@dataclass(frozen=True)
class ExchangeOptions:
    """The checked options of one Exchange account."""

    account: str
    email: str
    service_endpoint: str | None
    username: str
    auth: str
    version: str | None
    max_wait: float
    timeout: float
    folders: tuple[str, ...] = ("Inbox",)
    client_id: str | None = None
    tenant: str | None = None
    token_endpoint: str | None = None

    @property
    def hint(self) -> str:
        return f"afterview auth exchange --account {self.account}"


def _seconds(options: Mapping[str, Any], key: str, default: float) -> float:
    value = options.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConnectorConfigError(key, "must be a positive number of seconds")
    return float(value)


def parse_options(options: Mapping[str, Any], account: str) -> ExchangeOptions:
    """Given the connector's config table and account name, returns the options; raises ConnectorConfigError."""
    check_known(options, OPTIONS, "exchange")
    email = text(options, "email")
    if email is None or "@" not in email:
        raise ConnectorConfigError("email", "required: the mailbox's primary SMTP address")
    endpoint = text(options, "service_endpoint")
    autodiscover = flag(options, "autodiscover")
    if bool(endpoint) == autodiscover:
        raise ConnectorConfigError("service_endpoint", "set exactly one of service_endpoint or autodiscover = true")
    if endpoint and not endpoint.lower().startswith(("https://", "http://")):
        raise ConnectorConfigError("service_endpoint", "must be an https:// URL ending in /EWS/Exchange.asmx")
    auth = (text(options, "auth") or "ntlm").lower()
    if auth not in AUTH_TYPES:
        raise ConnectorConfigError("auth", f"must be one of {', '.join(AUTH_TYPES)}")
    version = text(options, "version")
    if version is not None and version.lower() not in VERSIONS:
        raise ConnectorConfigError("version", f"must be one of {', '.join(VERSIONS)}")
    return ExchangeOptions(
        account=account, email=email.lower(), service_endpoint=endpoint,
        username=text(options, "username") or email, auth=auth,
        version=version.lower() if version else None,
        max_wait=_seconds(options, "max_wait", 60), timeout=_seconds(options, "timeout", 60),
        folders=parse_folders(options.get("folders")), client_id=text(options, "client_id"),
        tenant=text(options, "tenant"), token_endpoint=_url(options, "token_endpoint"),
    )


def _url(options: Mapping[str, Any], key: str) -> str | None:
    value = text(options, key)
    if value is not None and not value.lower().startswith(("https://", "http://")):
        raise ConnectorConfigError(key, "must be an https:// URL")
    return value


# ---------------------------------------------------------------- retry policy


def _policy(max_wait: float, credentials: Any = None) -> Any:
    from exchangelib.errors import RateLimitError, UnauthorizedError  # type: ignore[import-untyped]
    from exchangelib.protocol import FaultTolerance  # type: ignore[import-untyped]
    from oauthlib.oauth2 import TokenExpiredError  # type: ignore[import-untyped]

    class BoundedRetry(FaultTolerance):  # type: ignore[misc]
        """exchangelib's back-off, bounded in retries and total wait per operation, with jitter.

        A 401 is an authentication failure here (on premises it does not mean throttling); with a
        renewable OAuth token it is renewed once per operation and the request sent again.
        """

        def __init__(self) -> None:
            super().__init__(max_wait=max_wait)
            self.reset()

        def reset(self) -> None:
            self.retries = 0
            self.waited = 0.0
            self.renewed = False

        def back_off(self, seconds: float | None) -> None:
            wait = (seconds if seconds is not None else 10.0) * random.uniform(1.0, 1.25)
            self.retries += 1
            if self.retries > MAX_RETRIES or self.waited + wait > self.max_wait:
                raise RateLimitError("gave up waiting for the server", wait=wait)
            self.waited += wait
            super().back_off(wait)

        def raise_response_errors(self, response: Any) -> None:
            if response.status_code == 401 and not self.renewed and getattr(credentials, "refreshable", False):
                self.renewed = True
                credentials.renew()
                # exchangelib retires the session (a new one carries the new token) and sends again.
                raise TokenExpiredError("renewed after HTTP 401")
            if response.status_code == 401:
                raise UnauthorizedError("the server refused the credentials (HTTP 401)")
            super().raise_response_errors(response)

    return BoundedRetry()


# ---------------------------------------------------------------- account


def build_account(opts: ExchangeOptions, tz_name: str, secret: str | None = None) -> Any:
    """Given the options, the user's IANA zone and optionally a candidate secret (default: the
    keyring's), returns an exchangelib Account; raises AuthError.

    No request is made here: with a known version and an endpoint, exchangelib does not probe.
    """
    from exchangelib import DELEGATE, Account, Configuration, Credentials, EWSTimeZone  # type: ignore[import-untyped]
    from exchangelib.transport import BASIC, NTLM, OAUTH2  # type: ignore[import-untyped]
    from exchangelib.version import EXCHANGE_2013, EXCHANGE_2013_SP1, EXCHANGE_2016, EXCHANGE_2019, Version  # type: ignore[import-untyped]

    secret = secret or get_secret(opts.account, SECRET_FOR[opts.auth])
    if not secret:
        raise AuthError(f"no Exchange {SECRET_FOR[opts.auth]} stored for {opts.account}",
                        source=opts.account, hint=opts.hint)
    credentials: Any
    if opts.auth == "oauth2":
        token = oauth.load_token(secret)
        if oauth.expired(token):
            if not oauth.can_refresh(opts, token):
                raise AuthError(f"the Exchange token of {opts.email} expired", source=opts.account, hint=opts.hint)
            token = oauth.refresh(opts, token)
        credentials = oauth.credentials(opts, token)
    else:
        credentials = Credentials(opts.username, secret)
    builds = {"2013": EXCHANGE_2013, "2013_sp1": EXCHANGE_2013_SP1, "2016": EXCHANGE_2016,
              "2019": EXCHANGE_2019, "se": EXCHANGE_2019}  # Subscription Edition speaks the 2019 schema
    version = Version(build=builds[opts.version]) if opts.version else None
    auth_type = {"ntlm": NTLM, "basic": BASIC, "oauth2": OAUTH2}[opts.auth]
    policy = _policy(opts.max_wait, credentials)
    with translate(opts):
        if opts.service_endpoint:
            config = Configuration(service_endpoint=opts.service_endpoint, credentials=credentials,
                                   auth_type=auth_type, version=version, retry_policy=policy)
            account = Account(opts.email, config=config, autodiscover=False, access_type=DELEGATE,
                              default_timezone=EWSTimeZone(tz_name))
        else:
            config = Configuration(credentials=credentials, auth_type=auth_type, version=version,
                                   retry_policy=policy)
            account = Account(opts.email, config=config, autodiscover=True, access_type=DELEGATE,
                              default_timezone=EWSTimeZone(tz_name))
    account.protocol.TIMEOUT = opts.timeout
    return account


def reset_budget(account: Any) -> None:
    """Starts a new retry budget for one connector operation."""
    policy = account.protocol.retry_policy
    if hasattr(policy, "reset"):
        policy.reset()


@contextlib.contextmanager
def translate(opts: ExchangeOptions) -> Iterator[None]:
    """Turns exchangelib's exceptions raised in the block into afterview's (no secrets, no bodies)."""
    from exchangelib import errors as ews

    try:
        yield
    except ConnectorError:
        raise
    except ews.UnauthorizedError as exc:
        raise AuthError(f"Exchange refused the credentials for {opts.email} ({type(exc).__name__})",
                        source=opts.account, hint=opts.hint) from None
    except ews.CASError as exc:
        if getattr(exc.response, "status_code", 0) in (401, 403):
            raise AuthError(f"Exchange refused the credentials for {opts.email}",
                            source=opts.account, hint=opts.hint) from None
        raise TransientError(f"Exchange CAS error ({exc.cas_error})", source=opts.account) from None
    except ews.RateLimitError as exc:
        raise TransientError("Exchange is busy; gave up after bounded back-off", source=opts.account,
                             retry_after=float(exc.wait or 60)) from None
    except ews.ErrorServerBusy as exc:
        raise TransientError("Exchange is busy", source=opts.account,
                             retry_after=float(exc.back_off or 60)) from None
    except ews.ErrorIrresolvableConflict:
        raise ConflictError("the item changed on the server meanwhile", source=opts.account) from None
    except ews.ErrorItemNotFound:
        raise NotFoundError("the item is gone from Exchange", source=opts.account) from None
    except (ews.ErrorTimeoutExpired, ews.ErrorInternalServerTransientError, ews.ErrorInternalServerError,
            ews.ErrorTooManyObjectsOpened, ews.MalformedResponseError, ews.SOAPError) as exc:
        raise TransientError(f"Exchange did not answer properly ({type(exc).__name__})",
                             source=opts.account) from None
    except ews.EWSError as exc:
        raise ConnectorError(f"Exchange error {type(exc).__name__}", source=opts.account) from None
    except OSError as exc:
        raise TransientError(f"cannot reach Exchange ({type(exc).__name__})", source=opts.account) from None


# ---------------------------------------------------------------- owner tags


_REGISTERED: set[str] = set()


def register_owner_tags() -> None:
    """Registers the owner-tag extended properties on CalendarItem and Message (once per process).

    `afterview_key` holds the idempotency key, `afterview_app` the application id; both live in
    the PublicStrings set under names only afterview writes.
    """
    from exchangelib import CalendarItem, ExtendedProperty, Message

    class AfterviewKey(ExtendedProperty):  # type: ignore[misc]
        distinguished_property_set_id = "PublicStrings"
        property_name = "AfterviewKey"
        property_type = "String"

    class AfterviewApp(ExtendedProperty):  # type: ignore[misc]
        distinguished_property_set_id = "PublicStrings"
        property_name = "AfterviewApp"
        property_type = "String"

    for cls in (CalendarItem, Message):
        for name, prop in (("afterview_key", AfterviewKey), ("afterview_app", AfterviewApp)):
            marker = f"{cls.__name__}.{name}"
            if marker in _REGISTERED:
                continue
            with contextlib.suppress(ValueError):  # already registered by an earlier import
                cls.register(name, prop)
            _REGISTERED.add(marker)
