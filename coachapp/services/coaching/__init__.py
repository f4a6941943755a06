"""A coach's workspace: the coachees they follow, from the exports the managers send them."""
