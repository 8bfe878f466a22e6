"""Rules of the Activiteiten tab: when sessions fall, finding people by name, who needs a phone call."""
