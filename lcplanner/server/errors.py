"""What can go wrong reaching a plan on a server, each said in one translated line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import PlanFileError


class ServerUnreachable(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The server %1 cannot be reached or refused the connection: %2")


class NotAPlanDatabase(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The database %1 holds no LC Planner plans (no plan tables).")


class ServerNeedsUpgrade(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The plans on %1 were saved by an older LC Planner (schema version %2; this "
        "version writes %3). Someone who may change the database must upgrade it first: "
        "lcplanner upgrade-server URL.")


class ServerTooNew(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The plans on %1 were saved by a newer LC Planner (schema version %2; this "
        "version reads up to %3). Update LC Planner to open them.")


class NoSuchServerPlan(PlanFileError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "There is no plan %2 on %1.")


class ChoosePlan(PlanFileError):
    """The database holds several plans and the URL names none: the window offers a list."""

    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "%1 holds several plans; name one by adding ?plan= and its UUID: %2")

    def __init__(self, url: str, plans: list[tuple[str, str]]) -> None:
        self.plans = plans  # (uuid, title)
        super().__init__(None, url, "; ".join(f"{u} ({t})" for u, t in plans))


class ConnectionLost(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The connection to the server was lost: %1. Nothing more was changed; try "
        "again when the server is back.")


class NoSuchUser(PlanFileError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The server has no user %1.")


class NoAccess(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "You have no access to the plans on %1: ask their owner to make you a viewer "
        "or an editor (lcplanner grant).")


class RolesRefused(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "Only the owner of the plans (or an administrator) may give or take access: "
        "%1")
