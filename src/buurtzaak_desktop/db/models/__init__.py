"""All tables. Importing this package registers every model on ``SQLModel.metadata``.

Each area of the app keeps its models in a module of its own here.
"""

from buurtzaak_desktop.db.models import activiteiten as activiteiten
from buurtzaak_desktop.db.models.common import Room, Setting

__all__ = ["Room", "Setting"]
