"""Before the session: plan it (agenda with times), hand each organisation its own pre-filled sheets,
and know afterwards what has arrived (``doorstroom voorbereiden``, the page "Sessie voorbereiden")."""
