"""Spreekuur rules without a database: themes, traject phases, referral steps, search keys, small counts, PIN."""
