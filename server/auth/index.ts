// Auth entry points for the rest of the app.
export { auth, handlers, signIn, signOut } from "./config";
