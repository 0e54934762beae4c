"""Routes and validates fake-Google requests against the discovery documents shipped in googleapiclient.

Every request the fake serves is matched to a discovery method by HTTP method and path
template; its query parameters must be declared by that method (or globally) with a valid
enum value, required ones present, and its JSON body may only use fields of the request
schema (recursively). Anything else is a violation, so the connector cannot drift from the API.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import googleapiclient

DOCUMENTS = Path(googleapiclient.__file__).parent / "discovery_cache" / "documents"


@dataclass(frozen=True)
class Route:
    """One discovery method: `id` (e.g. "gmail.users.messages.list"), its doc, and a path regex."""

    api: str
    id: str
    http_method: str
    pattern: re.Pattern[str]
    doc: dict[str, Any]


def _template_regex(prefix: str, path: str) -> re.Pattern[str]:
    out = re.escape(prefix)
    for piece in re.split(r"(\{\+?[A-Za-z0-9_]+\})", path):
        match = re.fullmatch(r"\{(\+?)([A-Za-z0-9_]+)\}", piece)
        if match:
            out += f"(?P<{match.group(2)}>{'.+' if match.group(1) else '[^/]+'})"
        else:
            out += re.escape(piece)
    return re.compile(out + "$")


class Discovery:
    """The calendar v3 and gmail v1 discovery documents as a router and validator."""

    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}
        self.routes: list[Route] = []
        for api, name in (("calendar", "calendar.v3.json"), ("gmail", "gmail.v1.json")):
            doc = json.loads((DOCUMENTS / name).read_text(encoding="utf-8"))
            self.docs[api] = doc
            prefix = "/" + doc["servicePath"]
            self._collect(api, prefix, doc.get("resources", {}))

    def _collect(self, api: str, prefix: str, resources: dict[str, Any]) -> None:
        for resource in resources.values():
            for method in resource.get("methods", {}).values():
                self.routes.append(Route(api, method["id"], method["httpMethod"],
                                         _template_regex(prefix, method["path"]), method))
            self._collect(api, prefix, resource.get("resources", {}))

    def route(self, http_method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        """Given a method and a URL path (decoded), returns the matching route and path parameters."""
        # Literal paths ("drafts/send") win over templates ("drafts/{id}"), as on the real server.
        hits = []
        for route in self.routes:
            if route.http_method != http_method:
                continue
            match = route.pattern.match(path)
            if match:
                hits.append((len(match.groupdict()), route, match.groupdict()))
        if not hits:
            return None
        hits.sort(key=lambda hit: hit[0])
        return hits[0][1], hits[0][2]

    def check_query(self, route: Route, query: dict[str, list[str]]) -> list[str]:
        """Given a route and its query parameters, returns violations (unknown, bad enum, missing)."""
        problems: list[str] = []
        declared = route.doc.get("parameters", {})
        global_params = self.docs[route.api].get("parameters", {})
        for name, values in query.items():
            spec = declared.get(name) or global_params.get(name)
            if spec is None:
                problems.append(f"{route.id}: unknown query parameter {name!r}")
                continue
            if spec.get("location") == "path":
                problems.append(f"{route.id}: path parameter {name!r} sent in the query")
            if len(values) > 1 and not spec.get("repeated"):
                problems.append(f"{route.id}: parameter {name!r} is not repeated")
            for value in values:
                problems.extend(self._check_value(route.id, name, spec, value))
        for name, spec in declared.items():
            if spec.get("required") and spec.get("location") == "query" and name not in query:
                problems.append(f"{route.id}: required parameter {name!r} missing")
        return problems

    @staticmethod
    def _check_value(method: str, name: str, spec: dict[str, Any], value: str) -> list[str]:
        if "enum" in spec and value not in spec["enum"]:
            return [f"{method}: {name}={value!r} not one of {spec['enum']}"]
        kind = spec.get("type")
        if kind == "integer" and not re.fullmatch(r"-?\d+", value):
            return [f"{method}: {name}={value!r} is not an integer"]
        if kind == "boolean" and value not in ("true", "false"):
            return [f"{method}: {name}={value!r} is not a boolean"]
        return []

    def check_body(self, route: Route, body: Any) -> list[str]:
        """Given a route and its decoded JSON body, returns violations of the request schema."""
        request = route.doc.get("request")
        if request is None:
            return [] if body is None else [f"{route.id}: takes no request body"]
        if not isinstance(body, dict):
            return [f"{route.id}: request body must be a JSON object"]
        return self._check_schema(route.api, route.id, request, body, "body")

    def _check_schema(self, api: str, method: str, spec: dict[str, Any], value: Any, where: str) -> list[str]:
        schemas = self.docs[api]["schemas"]
        while "$ref" in spec:
            spec = schemas[spec["$ref"]]
        kind = spec.get("type")
        if kind == "object":
            if not isinstance(value, dict):
                return [f"{method}: {where} must be an object"]
            problems: list[str] = []
            props = spec.get("properties", {})
            extra = spec.get("additionalProperties")
            for name, item in value.items():
                if name in props:
                    problems.extend(self._check_schema(api, method, props[name], item, f"{where}.{name}"))
                elif extra is not None:
                    problems.extend(self._check_schema(api, method, extra, item, f"{where}.{name}"))
                else:
                    problems.append(f"{method}: unknown field {where}.{name}")
            return problems
        if kind == "array":
            if not isinstance(value, list):
                return [f"{method}: {where} must be an array"]
            return [p for n, item in enumerate(value)
                    for p in self._check_schema(api, method, spec.get("items", {}), item, f"{where}[{n}]")]
        if kind == "string" and not isinstance(value, str):
            return [f"{method}: {where} must be a string"]
        if kind == "boolean" and not isinstance(value, bool):
            return [f"{method}: {where} must be a boolean"]
        if kind == "integer" and not (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
            return [f"{method}: {where} must be an integer"]
        return []
