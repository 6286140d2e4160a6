// PostCSS: Tailwind CSS 4 through its PostCSS plugin (no tailwind config file; tokens live in app/globals.css).
const config = {
  plugins: {
    "@tailwindcss/postcss": {},
  },
};

export default config;
