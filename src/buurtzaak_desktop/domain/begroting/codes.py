"""The codes the Begroting tab stores: a budget line's kind and a bewonersinitiatief's status.

Apart from the dataclasses of budget.py and initiatives.py (which re-export them): ``buurtzaak check`` compares the
stored values with these and must start fast, and building a dataclass costs about a millisecond."""

from __future__ import annotations

# A budget line's kind.
INCOME = "baten"
EXPENSE = "lasten"
KINDS = (INCOME, EXPENSE)

# A bewonersinitiatief's status (the flow is in initiatives.py).
SUBMITTED = "submitted"
IN_REVIEW = "in_review"
GRANTED = "granted"
REJECTED = "rejected"
ON_HOLD = "on_hold"
CLOSED = "closed"
STATUSES = (SUBMITTED, IN_REVIEW, GRANTED, REJECTED, ON_HOLD, CLOSED)
