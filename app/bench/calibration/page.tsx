// Benchmark only (BENCH_CALIBRATION_PAGE=1, set by `npm run bench`): the calibration page, the floor our pages
// are measured against — a bare dynamic page doing one small tRPC call and one count query. 404 otherwise.
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { initTRPC } from "@trpc/server";
import { db } from "@/server/db";

const calibration = initTRPC.create();
const calibrationRouter = calibration.router({ firms: calibration.procedure.query(() => db.firm.count()) });
const callCalibration = calibration.createCallerFactory(calibrationRouter)({});

export default async function CalibrationPage() {
  await connection();
  if (process.env.BENCH_CALIBRATION_PAGE !== "1") notFound();
  const firms = await callCalibration.firms();
  const clients = await db.client.count();
  return (
    <p>
      {firms} / {clients}
    </p>
  );
}
