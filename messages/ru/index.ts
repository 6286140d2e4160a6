// All ru messages: the shared core plus one namespace file per feature.
import core from "./core.json";
import leads from "./leads.json";
import audits from "./audits.json";
import programs from "./programs.json";
import groups from "./groups.json";
import staffAdmin from "./staffAdmin.json";
import cloudAccess from "./cloudAccess.json";
import activity from "./activity.json";
import dashboard from "./dashboard.json";

const messages = { ...core, leads, audits, programs, groups, staffAdmin, cloudAccess, activity, dashboard };
export default messages;
