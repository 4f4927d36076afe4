"""The yardstick: a bare FastAPI JSON endpoint with nothing of ours around it."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/bare")
async def bare(value: str = "") -> dict:
    return {"value": value, "verdict": "unknown"}
