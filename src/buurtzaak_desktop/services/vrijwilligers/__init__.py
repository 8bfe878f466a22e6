"""Operations of the Vrijwilligers tab, each write one transaction.

Other areas call: ``certificates.bhv_holders`` (the Rooster, for out-of-hours bookings),
``certificates.check_role_certificates`` (before putting someone on an activity) and ``hours.handgeld_actuals`` /
``hours.hours_value`` (the Begroting's actuals and populaire begroting).
"""
