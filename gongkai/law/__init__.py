"""Pure legal rules (no Django import): the statutory clock, fees, receipt dates, dispositions, periods.

Each module cites the article it implements; search for the article number to find a rule.
"""
