"""Which tasks "belong" to an agency: the one place the two meanings are written.

* ``LEAD`` (chủ trì): the agency leads the task. Every figure counted per agency (the
  overview's table of overdue tasks, the agencies plot, the brief) counts this way, so a
  task is counted once, under its lead agency.
* ``LEAD_OR_COORDINATING`` (chủ trì hoặc phối hợp): the agency leads it or is one of its
  coordinating agencies: what an officer looks for when asking "what is this Sở part of".

``NO_LEAD`` stands for the tasks without a lead agency (their own row in the figures).
"""

from __future__ import annotations

LEAD = "lead"
LEAD_OR_COORDINATING = "lead_or_coordinating"
FIGURES_ROLE = LEAD  # the role every per-agency figure counts by
NO_LEAD = "-"
ROLE_LABELS = {LEAD: "Chủ trì", LEAD_OR_COORDINATING: "Chủ trì hoặc phối hợp"}


def involves(role: str | None, code: str, lead: str | None, coordinators: str | None) -> bool:
    """Whether agency ``code`` has ``role`` in a task led by ``lead`` with ``coordinators``
    (codes joined by ","); ``code`` NO_LEAD matches the tasks without a lead agency."""
    if code == NO_LEAD:
        return not lead
    if lead == code:
        return True
    return role != LEAD and bool(coordinators) and code in coordinators.split(",")
