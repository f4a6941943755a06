"""The Coaching area: a coach's portfolio of coachees, each followed from their exports."""
