import { AppError, toResponse } from "@/lib/errors";

// Every /api path without a route of its own. Static routes (/api/mood, /api/health) take precedence
// over this catch-all, so it answers only what would otherwise be Next's HTML 404 page.
export const dynamic = "force-dynamic";

function notFound(): Response {
  return toResponse(new AppError("not_found", "There is no such API endpoint; the API is POST /api/mood, GET /api/songs/{id}, GET /api/songs/{id}/similar, POST /api/export, GET /api/map and GET /api/health."));
}

export {
  notFound as GET,
  notFound as HEAD,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as OPTIONS,
};
