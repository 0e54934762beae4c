"""Domains reserved for documentation (RFC 2606, RFC 6761): example.com, example.net, example.org and the .example
top-level domain. Sample and test invitations write real providers' and tools' domains under them
("gmail.example.com", "hire.lever.example"); read without the reserved label, they are the provider or tool.
"""

from __future__ import annotations

__all__ = ["without_reserved"]


def without_reserved(domain: str) -> tuple[str, bool]:
    """Given a lower-case mail domain, returns it without a reserved "example" label ("gmail.example.com" ->
    "gmail.com", "hotmail.example" -> "hotmail.com"; "example.com" stays) and whether it had one."""
    labels = domain.rstrip(".").split(".")
    if len(labels) < 2 or "example" not in labels[1:]:
        return domain, False
    kept = [label for i, label in enumerate(labels[:-1]) if i == 0 or label != "example"]
    return ".".join([*kept, "com" if labels[-1] == "example" else labels[-1]]), True
