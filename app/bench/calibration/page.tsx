// Benchmark only (BENCH_CALIBRATION_PAGE=1, set by `npm run bench`): the calibration page, the floor our pages
// are measured against — a bare dynamic page doing one small tRPC call and one count query, both over the firms (a
// table that does not grow with the clients, so the page costs the same at every size). 404 otherwise.
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { initTRPC } from "@trpc/server";
import { db } from "@/server/db";

const calibration = initTRPC.create();
const calibrationRouter = calibration.router({ firstFirm: calibration.procedure.query(() => db.firm.findFirst({ select: { name: true }, orderBy: { createdAt: "asc" } })) });
const callCalibration = calibration.createCallerFactory(calibrationRouter)({});

export default async function CalibrationPage() {
  await connection();
  if (process.env.BENCH_CALIBRATION_PAGE !== "1") notFound();
  const first = await callCalibration.firstFirm();
  const firms = await db.firm.count();
  return (
    <p>
      {first?.name} / {firms}
    </p>
  );
}
