// Search: replaced by the real client in a later step.
