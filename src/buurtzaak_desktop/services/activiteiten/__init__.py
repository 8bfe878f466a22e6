"""Operations of the Activiteiten tab. Each write is one transaction; nothing here imports Qt."""
