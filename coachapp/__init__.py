"""CoachApp: a desktop companion for managers who practise a new management model."""

__version__ = "0.1.0"
APP_NAME = "CoachApp"
APP_ID = "coachapp"
BUG_TRACKER = "https://github.com/coachapp/coachapp/issues"
LICENSE_NAME = "EUPL-1.2"
