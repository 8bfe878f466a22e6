"""Inzage: a resident's own overview as a PDF (everything the centre holds about them), in Dutch.

The only spreekuur print with a name on it; it is made at the resident's request and the export is audited by
the service that reads the data. Fonts are the app's embedded ones (DejaVu Sans: every Latin accent, Turkish).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from buurtzaak_desktop.domain.spreekuur.flows import OUTCOMES, PHASE_LABELS, REFERRAL_LABELS
from buurtzaak_desktop.domain.telefooncirkel import AWAY_REASONS, FINDINGS
from buurtzaak_desktop.domain.welzijn import ARRANGEMENTS as WOR_ARRANGEMENTS
from buurtzaak_desktop.domain.welzijn import OUTCOMES as WOR_OUTCOMES
from buurtzaak_desktop.domain.welzijn import STOP_REASONS as WOR_STOP_REASONS
from buurtzaak_desktop.reports.pdf import FONT, FONT_BOLD, CentreDocument, styles
from buurtzaak_desktop.reports.spreekuur.model import ResidentOverview

TITLE = "Inzage spreekuur"


def _day(value) -> str:
    return value.strftime("%d-%m-%Y") if value else "—"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>") if value.strip() else "—"


def write_overview(overview: ResidentOverview, out: Path, printed_on) -> None:
    style = styles()
    body, small, heading = style["body"], style["small"], style["heading"]
    story: list[Flowable] = [
        Paragraph(escape(f"Wat {overview.centre_name} over u heeft vastgelegd"), style["title"]),
        Paragraph(
            escape(
                f"Overzicht voor {overview.name}, gemaakt op {_day(printed_on)} op uw verzoek. Hierin staat alles wat "
                "het spreekuur over u bewaart. Klopt er iets niet, of wilt u dat wij gegevens verwijderen? Zeg het "
                "ons; dan passen wij het aan of verwijderen wij alles (alleen anonieme tellingen blijven over)."
            ),
            body,
        ),
        Paragraph("Uw gegevens", heading),
        _pairs(
            [
                ("Naam", overview.name),
                ("Telefoon", overview.phone),
                ("E-mail", overview.email),
                ("Bekend sinds", _day(overview.created_on)),
                ("Notities", overview.notes),
            ],
            body,
        ),
        Paragraph("Toestemming", heading),
    ]
    story += _rows(
        ["Datum", "Waarvoor", "Vastgelegd door"],
        [[_day(d), purpose, by] for d, purpose, by in overview.consents],
        body,
        [25, 110, 45],
    )
    story.append(Paragraph(f"Bezoeken ({len(overview.visits)})", heading))
    for visit in overview.visits:
        story.append(
            Paragraph(
                f"<b>{_day(visit.visited_on)}</b> · {escape(visit.helped_by) or '—'} · {visit.minutes} min"
                + (f" · opvolgen op {_day(visit.follow_up_on)}" if visit.follow_up_on else ""),
                body,
            )
        )
        story.append(
            _pairs(
                [
                    ("Thema's", ", ".join(visit.themes)),
                    ("Wat u vroeg", visit.need),
                    ("De vraag", visit.question),
                    ("Wat er is gedaan", visit.action),
                ],
                small,
            )
        )
        story.append(Spacer(1, 4))
    if not overview.visits:
        story.append(Paragraph("Geen.", body))
    story.append(Paragraph(f"Trajecten ({len(overview.trajecten)})", heading))
    for traject in overview.trajecten:
        state = (
            f"afgesloten op {_day(traject.closed_on)}: {OUTCOMES.get(traject.outcome or '', traject.outcome or '')}"
            if traject.closed_on
            else f"fase {PHASE_LABELS.get(traject.phase, traject.phase)} sinds {_day(traject.phase_since)}"
        )
        story.append(Paragraph(escape(f"Gestart {_day(traject.opened_on)}, {state}"), body))
        if traject.notes:
            story.append(_pairs([("Notities", traject.notes)], small))
    if not overview.trajecten:
        story.append(Paragraph("Geen.", body))
    if overview.appointments:
        story.append(Paragraph(f"Afspraken ({len(overview.appointments)})", heading))
        story += _rows(
            ["Datum", "Tijd", "Met", "Stand"],
            [[_day(day), hours, person, status] for day, hours, person, status in overview.appointments],
            body,
            [30, 30, 70, 50],
        )
    story.append(Paragraph(f"Doorverwijzingen ({len(overview.referrals)})", heading))
    for referral in overview.referrals:
        steps = ", ".join(f"{REFERRAL_LABELS.get(s, s).lower()} {_day(d)}" for s, d in referral.steps)
        story.append(Paragraph(escape(f"{referral.partner} ({referral.direction}): {steps}"), body))
        if referral.notes:
            story.append(_pairs([("Notities", referral.notes)], small))
    if not overview.referrals:
        story.append(Paragraph("Geen.", body))
    if overview.circles:
        story += _circles(overview, body)
    if overview.wor:
        story += _wor(overview, body)
    story += [
        Paragraph("Hoe lang wij dit bewaren", heading),
        Paragraph(
            escape(
                f"Als uw hulpvraag is afgerond, bewaren wij uw gegevens nog {overview.retention_years} jaar. Daarna "
                "worden uw naam, contactgegevens en notities automatisch verwijderd; alleen anonieme tellingen "
                "blijven. Alleen medewerkers en vrijwilligers van het spreekuur kunnen uw gegevens zien."
            ),
            body,
        ),
    ]
    CentreDocument(out, overview.centre_name, TITLE).write(story)


def _circles(overview: ResidentOverview, body) -> list[Flowable]:
    """Only for a participant of a Telefooncirkel: their place in the order, away periods and unanswered rounds."""
    story: list[Flowable] = [Paragraph("Telefooncirkel", styles()["heading"])]
    for circle in overview.circles:
        story.append(
            Paragraph(escape(f"{circle.circle}: u staat op plaats {circle.position} in de belvolgorde."), body)
        )
        if circle.away:
            story += _rows(
                ["Afwezig van", "tot en met", "Reden"],
                [[_day(start), _day(end), AWAY_REASONS.get(reason, reason)] for start, end, reason in circle.away],
                body,
                [40, 40, 100],
            )
        if circle.stalls:
            story += _rows(
                ["Niet opgenomen op", "Wat de coördinator vond"],
                [[_day(day), FINDINGS.get(found, found) if found else "nog open"] for day, found in circle.stalls],
                body,
                [45, 135],
            )
    return story


def _wor(overview: ResidentOverview, body) -> list[Flowable]:
    """Only for a Welzijn op Recept participant: the referral, the intake notes, the match and the follow-up."""
    story: list[Flowable] = [Paragraph("Welzijn op Recept", styles()["heading"])]
    for wor in overview.wor:
        line = f"Verwezen op {_day(wor.referred_on)} door {wor.referrer}."
        if wor.intake_on:
            line += f" Intakegesprek op {_day(wor.intake_on)}."
        if wor.arrangement:
            line += (
                f" Arrangement: {WOR_ARRANGEMENTS.get(wor.arrangement, wor.arrangement)}, activiteit {wor.activity}."
            )
        if wor.bondgenoot:
            line += f" Bondgenoot: {wor.bondgenoot}."
        story.append(Paragraph(escape(line), body))
        if wor.notes:
            story.append(_pairs(list(wor.notes), body))
        if wor.contacts:
            story += _rows(
                ["Contact na", "gepland op", "gedaan op"],
                [[f"{week} weken", _day(planned), _day(done) if done else ""] for week, planned, done in wor.contacts],
                body,
                [40, 40, 40],
            )
        if wor.outcome:
            outcome = WOR_OUTCOMES.get(wor.outcome, wor.outcome)
            if wor.stop_reason:
                outcome += f" ({WOR_STOP_REASONS.get(wor.stop_reason, wor.stop_reason).lower()})"
            story.append(Paragraph(escape(f"Uitkomst op {_day(wor.outcome_on)}: {outcome}."), body))
    return story


def _pairs(pairs: list[tuple[str, str]], style) -> Table:
    data = [[Paragraph(escape(label), style), Paragraph(_text(value), style)] for label, value in pairs]
    return _table(data, [35, 145])


def _rows(header: list[str], rows: list[list[str]], style, widths: list[int]) -> list[Flowable]:
    if not rows:
        return [Paragraph("Geen toestemming vastgelegd.", style)]
    data = [[Paragraph(f"<b>{escape(h)}</b>", style) for h in header]]
    data += [[Paragraph(_text(cell), style) for cell in row] for row in rows]
    return [_table(data, widths)]


def _table(data: list[list[Flowable]], widths_mm: list[int]) -> Table:
    from reportlab.lib.units import mm

    table = Table(data, colWidths=[w * mm for w in widths_mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (0, -1), FONT_BOLD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table
