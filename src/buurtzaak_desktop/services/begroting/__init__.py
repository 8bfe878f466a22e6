"""Operations of the Begroting tab. Each write is one transaction; the figures come back as dataclasses
(the regiegroep month report reads ``budget_summary`` and ``fund_status`` too)."""
