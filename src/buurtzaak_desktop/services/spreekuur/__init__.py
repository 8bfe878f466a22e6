"""Spreekuur operations: intake, trajecten, referrals, figures and the privacy rules around them.

Every write is one transaction. Log lines carry ids and counts only, never names or notes.
"""
