"""`afterview auth imap --xoauth2 --refresh-token`: the refresh token is renewed at the provider, the
login checked on the real Dovecot with the new access token, and only then the grant is stored."""

from __future__ import annotations

import json
from pathlib import Path

from afterview.daemon.cli import main
from click.testing import CliRunner, Result
from dovecot_oauth import OAuthUser, oauth_dovecot_fixture, oauth_user_fixture  # noqa: F401
from memory_keyring import MemoryKeyring, memory_keyring


def _config(tmp_path: Path, oauth_user: OAuthUser) -> Path:
    opts = oauth_user.options()
    table = ", ".join(f"{k} = {json.dumps(v)}" for k, v in opts.items())
    path = tmp_path / "config.toml"
    path.write_text(f'me = ["jordan@example.org"]\ntimezone = "Europe/Berlin"\n[state]\npath = "state.sqlite3"\n'
                    f'[accounts.work]\nmail = {{ type = "imap", {table} }}\n')
    return path


def _auth(config: Path, stdin: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(config), "auth", "imap", "--xoauth2", "--refresh-token",
                                     "--stdin", *args], input=stdin)


def _token(ring: MemoryKeyring) -> dict[str, object]:
    return dict(json.loads(ring.store[("afterview", "work/oauth2_token")]))


def test_a_refresh_token_is_renewed_checked_and_stored(oauth_user: OAuthUser, tmp_path: Path) -> None:
    config = _config(tmp_path, oauth_user)
    _, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    with memory_keyring() as ring:
        result = _auth(config, refresh + "\n")
        assert result.exit_code == 0, result.output
        assert "refresh token for work checked and stored" in result.output
        token = _token(ring)
    assert oauth_user.idp.grants == 1 and oauth_user.idp.introspections == 1, "renewed, then logged in"
    assert token["refresh_token"] != refresh and token["refresh_token"] in oauth_user.idp.refresh_tokens
    assert token["token_url"] == oauth_user.idp.token_url and token["client_id"] == oauth_user.idp.client_id
    assert token["scope"] == "mail" and token["access_token"] in oauth_user.idp.access_tokens
    assert refresh not in result.output and str(token["access_token"]) not in result.output
    assert refresh not in config.read_text()


def test_a_client_secret_is_read_second_and_stored_apart(oauth_user: OAuthUser, tmp_path: Path) -> None:
    config = _config(tmp_path, oauth_user)
    oauth_user.idp.client_secret = "cs-42"
    _, refresh = oauth_user.idp.grant_for(oauth_user.user.username)
    with memory_keyring() as ring:
        result = _auth(config, f"{refresh}\ncs-42\n", "--client-secret")
        assert result.exit_code == 0, result.output
        assert ring.store[("afterview", "work/oauth2_client_secret")] == "cs-42"
        assert "cs-42" not in ring.store[("afterview", "work/oauth2_token")] and "cs-42" not in result.output


def test_a_refused_refresh_token_stores_nothing(oauth_user: OAuthUser, tmp_path: Path) -> None:
    config = _config(tmp_path, oauth_user)
    with memory_keyring() as ring:
        result = _auth(config, "rt-not-issued\n")
        assert result.exit_code == 1
        assert "invalid_grant" in result.output and "rt-not-issued" not in result.output
        assert "afterview auth imap --account work --xoauth2 --refresh-token" in result.output
        assert ring.store == {}
    assert oauth_user.idp.introspections == 0


def test_a_token_for_another_user_fails_the_login_check(oauth_user: OAuthUser, tmp_path: Path) -> None:
    config = _config(tmp_path, oauth_user)
    _, refresh = oauth_user.idp.grant_for("someone-else")
    with memory_keyring() as ring:
        result = _auth(config, refresh + "\n")
        assert result.exit_code == 1 and "refused the login" in result.output
        assert ring.store == {}


def test_without_a_config_the_grant_is_stored_unchecked(tmp_path: Path) -> None:
    with memory_keyring() as ring:
        result = _auth(tmp_path / "missing.toml", "rt-1\n", "--account", "home")
        assert result.exit_code == 0, result.output
        assert json.loads(ring.store[("afterview", "home/oauth2_token")]) == {"refresh_token": "rt-1"}
        misuse = CliRunner().invoke(main, ["--config", str(tmp_path / "missing.toml"), "auth", "imap", "--stdin",
                                           "--account", "home", "--client-secret"], input="pw\n")
        assert misuse.exit_code == 1 and "--client-secret goes with --refresh-token" in misuse.output
