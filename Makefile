# afterview: `make demo` and `make test` are the two commands (see README).
# Both create or refresh .venv in the repo root; pip runs again only when pyproject.toml or
# constraints.txt changed (stamp files), with every package pinned by constraints.txt.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
DEMO_STAMP := $(VENV)/.afterview-demo.stamp
TEST_STAMP := $(VENV)/.afterview-test.stamp
# Debian packages the test suite needs; extend with one `SYSTEM_PACKAGES += name  # why` line each.
SYSTEM_PACKAGES += systemd  # systemd-analyze verifies systemd/afterview.service
SYSTEM_PACKAGES += khal     # interop: khal reads afterview's reminder events from the vdir
SYSTEM_PACKAGES += notmuch  # interop: notmuch indexes afterview's drafts in the Maildir
SYSTEM_PACKAGES += dovecot-imapd  # a real IMAP server on loopback for the IMAP connector's tests
SYSTEM_PACKAGES += isync    # interop: mbsync pushes afterview's Maildir drafts to Dovecot
SYSTEM_PACKAGES += vdirsyncer  # interop: vdirsyncer syncs afterview's vdir to Radicale

.PHONY: demo test eval bench lint typecheck system-packages clean distclean

demo: $(DEMO_STAMP)
	$(BIN)/afterview demo

test: $(TEST_STAMP) system-packages
	$(BIN)/ruff check .
	PYTHON=$(BIN)/python scripts/typecheck.sh
	$(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	PYTHON=$(BIN)/python scripts/typecheck.sh

typecheck: $(TEST_STAMP)
	PYTHON=$(BIN)/python scripts/typecheck.sh

eval: $(TEST_STAMP)
	$(BIN)/python scripts/eval_mail.py
	$(BIN)/python scripts/eval_events.py --split holdout

bench: $(TEST_STAMP)
	@found=0; missed=""; for script in scripts/bench_*.py; do \
	  [ -e "$$script" ] || continue; found=1; \
	  echo "== $$script"; $(BIN)/python "$$script" || missed="$$missed $$script"; \
	done; [ $$found = 1 ] || echo "no scripts/bench_*.py yet"; \
	if [ -n "$$missed" ]; then echo "== target missed or benchmark failed:$$missed"; exit 1; fi

# Debian's python3 lacks ensurepip until python3-venv is installed; as root we install it.
$(BIN)/python:
	@if ! $(PYTHON) -m venv $(VENV); then \
	  rm -rf $(VENV); \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv && \
	    $(PYTHON) -m venv $(VENV); \
	  else \
	    echo "cannot create $(VENV): install python3-venv (apt-get install python3-venv)" >&2; exit 1; \
	  fi; \
	fi

$(DEMO_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) install --quiet -c constraints.txt -e .
	touch $@

$(TEST_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	touch $@ $(DEMO_STAMP)

# Installs missing SYSTEM_PACKAGES when root with apt-get (one apt-get update); otherwise says
# what is missing and goes on (those tests skip, or fail under AFTERVIEW_REQUIRE_SERVERS=1).
system-packages:
	@missing=""; \
	for pkg in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null | grep -q "ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing:$$missing"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	else \
	  echo "missing Debian packages:$$missing (as root: apt-get install$$missing)" >&2; \
	fi

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis .bench
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) *.egg-info
