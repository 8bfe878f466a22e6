"""All tables. Importing this package registers every model on ``SQLModel.metadata``.

Each area of the app keeps its models in a module of its own here.
"""

from buurtzaak_desktop.db.models.common import Room, Setting

__all__ = ["Room", "Setting"]
from buurtzaak_desktop.db.models import spreekuur as _spreekuur  # noqa: F401 - spreekuur tables
