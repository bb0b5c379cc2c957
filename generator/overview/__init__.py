"""The combined klantreis gap overview from every organisation's filled Stimuleren sheet."""
