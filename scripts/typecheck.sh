#!/usr/bin/env bash
# mypy cannot follow setuptools' editable finder for the package-dir mapping, so give it
# a tiny link farm that spells the real import path: build/typecheck/afterview/{daemon,connectors}.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/typecheck/afterview
ln -sfn ../../../daemon build/typecheck/afterview/daemon
ln -sfn ../../../connectors build/typecheck/afterview/connectors
MYPYPATH=build/typecheck exec "${PYTHON:-.venv/bin/python}" -m mypy --namespace-packages \
  -p afterview.connectors -p afterview.daemon "$@"
