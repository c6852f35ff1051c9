"""dxdesk: the register and meeting briefs of a digital-transformation steering committee."""

__version__ = "0.1.0"
