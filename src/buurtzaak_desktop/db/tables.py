"""The tables as they are stored, in SQLAlchemy Core: each table's name and its columns' names and types.

Written by ``python tools/tables.py`` from the model classes (db/models/); tests/test_tables.py fails when the two
differ. Do not edit by hand.

Why a second description of the schema: building the 64 model classes costs SQLModel and SQLAlchemy about 0.15 s of
processor time at every start; these tables cost about 0.02 s. ``buurtzaak check`` reads every area through them, as
plain rows, and so reads the data as it is on disk rather than as the models would present it. Writes go through
the models and the services, never through these tables.
"""

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, MetaData, Table, Time
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

metadata = MetaData()

activity = Table(
    "activity",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("category", AutoString()),
    Column("target_group", AutoString()),
    Column("room_id", Integer()),
    Column("weekdays", AutoString()),
    Column("start_time", Time()),
    Column("end_time", Time()),
    Column("frequency", AutoString()),
    Column("season_start", Date()),
    Column("season_end", Date()),
    Column("leader", AutoString()),
    Column("leader_kind", AutoString()),
    Column("leader_volunteer_id", Integer()),
    Column("expected", Integer()),
    Column("capacity", Integer()),
    Column("cost_cents", Integer()),
    Column("walk_in_rows", Integer()),
    Column("notes", AutoString()),
    Column("status", AutoString()),
    Column("status_since", Date()),
)

activity_session = Table(
    "activity_session",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("activity_id", Integer()),
    Column("day", Date()),
    Column("start_time", Time()),
    Column("end_time", Time()),
    Column("room_id", Integer()),
    Column("status", AutoString()),
    Column("cancel_reason", AutoString()),
    Column("anonymous_walk_ins", Integer()),
    Column("attendance_entered", Boolean()),
    Column("booking_id", Integer()),
)

attendance = Table(
    "attendance",
    metadata,
    Column("session_id", Integer(), primary_key=True),
    Column("participant_id", Integer(), primary_key=True),
    Column("walk_in", Boolean()),
)

booking = Table(
    "booking",
    metadata,
    Column("version", Integer()),
    Column("changed_at", UTCDateTime()),
    Column("id", Integer(), primary_key=True),
    Column("room_id", Integer()),
    Column("day", Date()),
    Column("start", Time()),
    Column("end", Time()),
    Column("setup_minutes", Integer()),
    Column("cleanup_minutes", Integer()),
    Column("title", AutoString()),
    Column("group_id", Integer()),
    Column("contact", AutoString()),
    Column("people", Integer()),
    Column("tariff", AutoString()),
    Column("status", AutoString()),
    Column("bhv_volunteer_id", Integer()),
    Column("bhv_name", AutoString()),
    Column("bhv_valid_until", Date()),
    Column("series_id", Integer()),
    Column("occurrence_day", Date()),
    Column("activity_id", Integer()),
    Column("created_at", UTCDateTime()),
    Column("cancelled_at", UTCDateTime()),
)

booking_series = Table(
    "booking_series",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("frequency", AutoString()),
    Column("first_day", Date()),
    Column("until", Date()),
    Column("count", Integer()),
    Column("title", AutoString()),
)

budget_actual = Table(
    "budget_actual",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("line_id", Integer()),
    Column("day", Date()),
    Column("description", AutoString()),
    Column("amount_cents", Integer()),
)

budget_line = Table(
    "budget_line",
    metadata,
    Column("version", Integer()),
    Column("changed_at", UTCDateTime()),
    Column("id", Integer(), primary_key=True),
    Column("year", Integer()),
    Column("kind", AutoString()),
    Column("category", AutoString()),
    Column("name", AutoString()),
    Column("budget_cents", Integer()),
    Column("position", Integer()),
    Column("source", AutoString()),
)

certificate_type = Table(
    "certificate_type",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("description", AutoString()),
    Column("valid_years", Integer()),
)

closing_day = Table(
    "closing_day",
    metadata,
    Column("day", Date(), primary_key=True),
    Column("reason", AutoString()),
)

follow_up_call = Table(
    "follow_up_call",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("activity_id", Integer()),
    Column("participant_id", Integer()),
    Column("called_on", Date()),
    Column("note", AutoString()),
)

groep = Table(
    "groep",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("key", AutoString()),
)

handgeld_payment = Table(
    "handgeld_payment",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("volunteer_id", Integer()),
    Column("month", Date()),
    Column("amount_cents", Integer()),
    Column("category", AutoString()),
)

hygiene_strike = Table(
    "hygiene_strike",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("group_id", Integer()),
    Column("day", Date()),
    Column("room_id", Integer()),
    Column("note", AutoString()),
)

in_kind_hours = Table(
    "in_kind_hours",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("year", Integer()),
    Column("kind", AutoString()),
    Column("description", AutoString()),
    Column("hours_centi", Integer()),
    Column("rate_cents", Integer()),
)

initiative = Table(
    "initiative",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("year", Integer()),
    Column("applicant", AutoString()),
    Column("group_name", AutoString()),
    Column("title", AutoString()),
    Column("description", AutoString()),
    Column("submitted_on", Date()),
    Column("start_date", Date()),
    Column("end_date", Date()),
    Column("expected_participants", Integer()),
    Column("requested_cents", Integer()),
    Column("cofunding_cents", Integer()),
    Column("status", AutoString()),
    Column("decision_meeting", Date()),
    Column("decision_reason", AutoString()),
    Column("granted_cents", Integer()),
    Column("actual_cost_cents", Integer()),
    Column("actual_participants", Integer()),
    Column("receipts_received", Boolean()),
    Column("closed_on", Date()),
)

initiative_cost_line = Table(
    "initiative_cost_line",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("initiative_id", Integer()),
    Column("description", AutoString()),
    Column("amount_cents", Integer()),
)

initiative_payment = Table(
    "initiative_payment",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("initiative_id", Integer()),
    Column("kind", AutoString()),
    Column("day", Date()),
    Column("amount_cents", Integer()),
)

kas_closing = Table(
    "kas_closing",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("month", Date()),
    Column("signed_by", AutoString()),
    Column("signed_on", Date()),
    Column("entry_count", Integer()),
    Column("topup_cents", Integer()),
    Column("spent_cents", Integer()),
)

kas_entry = Table(
    "kas_entry",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("day", Date()),
    Column("kind", AutoString()),
    Column("category", AutoString()),
    Column("description", AutoString()),
    Column("amount_cents", Integer()),
    Column("receipt", AutoString()),
)

participant = Table(
    "participant",
    metadata,
    Column("version", Integer()),
    Column("changed_at", UTCDateTime()),
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("search_name", AutoString()),
    Column("phone", AutoString()),
    Column("email", AutoString()),
    Column("birth_year_from", Integer()),
    Column("birth_year_to", Integer()),
    Column("postcode_area", AutoString()),
    Column("came_via", AutoString()),
    Column("consent_photos", Boolean()),
    Column("consent_print_phone", Boolean()),
    Column("created_on", Date()),
)

pop_talk = Table(
    "pop_talk",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("volunteer_id", Integer()),
    Column("planned_on", Date()),
    Column("held_on", Date()),
    Column("note", AutoString()),
)

registration = Table(
    "registration",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("activity_id", Integer()),
    Column("participant_id", Integer()),
    Column("status", AutoString()),
    Column("registered_on", Date()),
    Column("left_on", Date()),
    Column("to_call", Boolean()),
)

role_certificate = Table(
    "role_certificate",
    metadata,
    Column("role_id", Integer(), primary_key=True),
    Column("certificate_type_id", Integer(), primary_key=True),
)

room = Table(
    "room",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("capacity", Integer()),
    Column("wheelchair_accessible", Boolean()),
    Column("indoor", Boolean()),
    Column("notes", AutoString()),
    Column("active", Boolean()),
    Column("setup_minutes", Integer()),
    Column("cleanup_minutes", Integer()),
    Column("rate_cents", Integer()),
)

room_part = Table(
    "room_part",
    metadata,
    Column("combined_id", Integer(), primary_key=True),
    Column("part_id", Integer(), primary_key=True),
)

series_exception = Table(
    "series_exception",
    metadata,
    Column("series_id", Integer(), primary_key=True),
    Column("day", Date(), primary_key=True),
    Column("kind", AutoString()),
)

setting = Table(
    "setting",
    metadata,
    Column("key", AutoString(), primary_key=True),
    Column("value", AutoString()),
)

shift_assignment = Table(
    "shift_assignment",
    metadata,
    Column("shift_id", Integer(), primary_key=True),
    Column("volunteer_id", Integer(), primary_key=True),
)

spreekuur_agreement = Table(
    "spreekuur_agreement",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("traject_id", Integer()),
    Column("who", AutoString()),
    Column("partner_id", Integer()),
    Column("what", AutoString()),
    Column("due_on", Date()),
    Column("status", AutoString()),
    Column("status_on", Date()),
    Column("created_on", Date()),
)

spreekuur_appointment = Table(
    "spreekuur_appointment",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("traject_id", Integer()),
    Column("resident_id", Integer()),
    Column("person_id", Integer()),
    Column("person_name", AutoString()),
    Column("day", Date()),
    Column("start", Time()),
    Column("minutes", Integer()),
    Column("booking_id", Integer()),
    Column("status", AutoString()),
    Column("recorded_by", AutoString()),
)

spreekuur_audit = Table(
    "spreekuur_audit",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("at", DateTime()),
    Column("actor", AutoString()),
    Column("action", AutoString()),
    Column("resident_id", Integer()),
    Column("detail", AutoString()),
)

spreekuur_consent = Table(
    "spreekuur_consent",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("resident_id", Integer()),
    Column("given_on", Date()),
    Column("purpose", AutoString()),
    Column("recorded_by", AutoString()),
)

spreekuur_partner = Table(
    "spreekuur_partner",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("contact_person", AutoString()),
    Column("phone", AutoString()),
    Column("email", AutoString()),
    Column("address", AutoString()),
    Column("active", Boolean()),
)

spreekuur_plan_need = Table(
    "spreekuur_plan_need",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("traject_id", Integer()),
    Column("position", Integer()),
    Column("text", AutoString()),
)

spreekuur_referral = Table(
    "spreekuur_referral",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("resident_id", Integer()),
    Column("partner_id", Integer()),
    Column("traject_id", Integer()),
    Column("direction", AutoString()),
    Column("status", AutoString()),
    Column("referred_on", Date()),
    Column("last_news_on", Date()),
    Column("notes", AutoString()),
)

spreekuur_referral_event = Table(
    "spreekuur_referral_event",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("referral_id", Integer()),
    Column("status", AutoString()),
    Column("happened_on", Date()),
)

spreekuur_resident = Table(
    "spreekuur_resident",
    metadata,
    Column("version", Integer()),
    Column("changed_at", UTCDateTime()),
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("search_key", AutoString()),
    Column("phone", AutoString()),
    Column("email", AutoString()),
    Column("notes", AutoString()),
    Column("token", AutoString()),
    Column("created_on", Date()),
)

spreekuur_session = Table(
    "spreekuur_session",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("held_on", Date()),
    Column("location", AutoString()),
    Column("on_duty", AutoString()),
)

spreekuur_theme = Table(
    "spreekuur_theme",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("code", AutoString()),
    Column("label", AutoString()),
    Column("sensitive", Boolean()),
    Column("sort_order", Integer()),
    Column("active", Boolean()),
)

spreekuur_toeleiding = Table(
    "spreekuur_toeleiding",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("traject_id", Integer()),
    Column("kind", AutoString()),
    Column("activity_id", Integer()),
    Column("participant_id", Integer()),
    Column("registration_id", Integer()),
    Column("volunteer_id", Integer()),
    Column("role", AutoString()),
    Column("first_status", AutoString()),
    Column("made_on", Date()),
    Column("made_by", AutoString()),
)

spreekuur_traject = Table(
    "spreekuur_traject",
    metadata,
    Column("version", Integer()),
    Column("changed_at", UTCDateTime()),
    Column("id", Integer(), primary_key=True),
    Column("resident_id", Integer()),
    Column("person_token", AutoString()),
    Column("opened_on", Date()),
    Column("phase", AutoString()),
    Column("phase_since", Date()),
    Column("closed_on", Date()),
    Column("outcome", AutoString()),
    Column("notes", AutoString()),
    Column("anonymised", Boolean()),
    Column("vertrouwenspersoon_id", Integer()),
)

spreekuur_visit = Table(
    "spreekuur_visit",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("session_id", Integer()),
    Column("visited_on", Date()),
    Column("helped_by", AutoString()),
    Column("helper_id", Integer()),
    Column("resident_id", Integer()),
    Column("person_token", AutoString()),
    Column("new_resident", Boolean()),
    Column("need", AutoString()),
    Column("question", AutoString()),
    Column("action", AutoString()),
    Column("minutes", Integer()),
    Column("follow_up_on", Date()),
    Column("follow_up_done", Boolean()),
)

spreekuur_visit_theme = Table(
    "spreekuur_visit_theme",
    metadata,
    Column("visit_id", Integer(), primary_key=True),
    Column("theme_id", Integer(), primary_key=True),
)

suspension = Table(
    "suspension",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("group_id", Integer()),
    Column("since", Date()),
    Column("until", Date()),
    Column("reason", AutoString()),
)

telefooncirkel = Table(
    "telefooncirkel",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("coordinator_1_id", Integer()),
    Column("coordinator_2_id", Integer()),
    Column("active", Boolean()),
)

telefooncirkel_action = Table(
    "telefooncirkel_action",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("round_id", Integer()),
    Column("member_id", Integer()),
    Column("opened_on", Date()),
    Column("checked_by", AutoString()),
    Column("found", AutoString()),
    Column("closed_on", Date()),
)

telefooncirkel_away = Table(
    "telefooncirkel_away",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("member_id", Integer()),
    Column("start", Date()),
    Column("end", Date()),
    Column("reason", AutoString()),
)

telefooncirkel_member = Table(
    "telefooncirkel_member",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("circle_id", Integer()),
    Column("position", Integer()),
    Column("resident_id", Integer()),
    Column("volunteer_id", Integer()),
)

telefooncirkel_round = Table(
    "telefooncirkel_round",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("circle_id", Integer()),
    Column("held_on", Date()),
    Column("stalled", Boolean()),
    Column("stalled_member_id", Integer()),
    Column("recorded_by", AutoString()),
)

training_attendance = Table(
    "training_attendance",
    metadata,
    Column("session_id", Integer(), primary_key=True),
    Column("volunteer_id", Integer(), primary_key=True),
    Column("present", Boolean()),
)

training_course = Table(
    "training_course",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("max_participants", Integer()),
    Column("certificate_type_id", Integer()),
)

training_enrolment = Table(
    "training_enrolment",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("course_id", Integer()),
    Column("volunteer_id", Integer()),
    Column("enrolled_at", DateTime()),
    Column("waiting", Boolean()),
    Column("certified_on", Date()),
)

training_session = Table(
    "training_session",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("course_id", Integer()),
    Column("number", Integer()),
    Column("topic", AutoString()),
    Column("day", Date()),
    Column("start", Time()),
    Column("end", Time()),
    Column("room_id", Integer()),
)

volunteer = Table(
    "volunteer",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("email", AutoString()),
    Column("phone", AutoString()),
    Column("start_date", Date()),
    Column("is_staff", Boolean()),
    Column("staff_function", AutoString()),
    Column("ladder_step", AutoString()),
    Column("availability", Integer()),
    Column("languages", AutoString()),
    Column("emergency_contact", AutoString()),
    Column("status", AutoString()),
    Column("status_date", Date()),
    Column("archived", Boolean()),
    Column("anonymised_on", Date()),
    Column("notes", AutoString()),
)

volunteer_certificate = Table(
    "volunteer_certificate",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("volunteer_id", Integer()),
    Column("certificate_type_id", Integer()),
    Column("obtained_on", Date()),
    Column("valid_until", Date()),
)

volunteer_hours = Table(
    "volunteer_hours",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("volunteer_id", Integer()),
    Column("day", Date()),
    Column("role_id", Integer()),
    Column("minutes", Integer()),
    Column("source", AutoString()),
    Column("shift_id", Integer()),
)

volunteer_role = Table(
    "volunteer_role",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
)

volunteer_role_link = Table(
    "volunteer_role_link",
    metadata,
    Column("volunteer_id", Integer(), primary_key=True),
    Column("role_id", Integer(), primary_key=True),
)

volunteer_shift = Table(
    "volunteer_shift",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("role_id", Integer()),
    Column("weekday", Integer()),
    Column("start", Time()),
    Column("end", Time()),
    Column("people_needed", Integer()),
    Column("active", Boolean()),
)

weekend_opening = Table(
    "weekend_opening",
    metadata,
    Column("day", Date(), primary_key=True),
    Column("opens", Time()),
    Column("closes", Time()),
    Column("reason", AutoString()),
)

wor_arrangement_activity = Table(
    "wor_arrangement_activity",
    metadata,
    Column("arrangement", AutoString(), primary_key=True),
    Column("activity_id", Integer(), primary_key=True),
)

wor_contact = Table(
    "wor_contact",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("participant_id", Integer()),
    Column("week", Integer()),
    Column("planned_on", Date()),
    Column("done_on", Date()),
)

wor_participant = Table(
    "wor_participant",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("resident_id", Integer()),
    Column("referrer_id", Integer()),
    Column("referred_on", Date()),
    Column("intake_on", Date()),
    Column("interests", AutoString()),
    Column("energy", AutoString()),
    Column("talents", AutoString()),
    Column("ambitions", AutoString()),
    Column("arrangement", AutoString()),
    Column("activity_id", Integer()),
    Column("registration_id", Integer()),
    Column("bondgenoot_id", Integer()),
    Column("started_on", Date()),
    Column("outcome", AutoString()),
    Column("outcome_on", Date()),
    Column("stop_reason", AutoString()),
    Column("anonymised", Boolean()),
)

wor_referrer = Table(
    "wor_referrer",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", AutoString()),
    Column("kind", AutoString()),
    Column("active", Boolean()),
)
