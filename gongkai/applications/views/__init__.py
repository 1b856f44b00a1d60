"""Views of the applications app: public pages (portal.py) and staff pages (staff.py); the JSON API is
in ../api.py."""
