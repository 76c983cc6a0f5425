<!doctype html>
<html><head><meta charset="utf-8"><title><?php wp_title(); ?></title></head>
<body>
<?php while (have_posts()) : the_post(); ?>
<article><h1><?php the_title(); ?></h1><?php the_content(); ?></article>
<?php endwhile; ?>
</body></html>
